package se.pmo.tidbok.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.ZoneId;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.pmo.tidbok.admin.AuditActor;
import se.pmo.tidbok.catalog.CatalogRefusal;
import se.pmo.tidbok.changeset.Changeset;
import se.pmo.tidbok.changeset.ChangesetPreview;
import se.pmo.tidbok.changeset.ChangesetRefusal;
import se.pmo.tidbok.changeset.ChangesetService;
import se.pmo.tidbok.time.InvalidTimeException;
import se.pmo.tidbok.web.RefusedException;
import se.pmo.tidbok.time.CalendarZone;
import se.pmo.tidbok.web.ProblemType;

/**
 * The console's import of a revised PMO table (pasted or uploaded), with the changeset
 * service: a preview as a readable diff with its warnings, then apply from the date
 * chosen; and the changesets, each with a withdraw button while it is pending. A catalog
 * changed between preview and apply is previewed again instead of applied.
 */
@Hidden
@Controller
class ConsoleImport {

	private static final String FORM = "konsol/import";

	private static final String PREVIEW = "konsol/forhandsvisning";

	private final ChangesetService changesets;

	private final ZoneId zone;

	ConsoleImport(ChangesetService changesets, CalendarZone calendarZone) {
		this.changesets = changesets;
		this.zone = calendarZone.zone();
	}

	@GetMapping("/konsol/import")
	String form(Model model) {
		model.addAttribute("form", new ImportForm());
		return FORM;
	}

	@PostMapping("/konsol/import")
	String preview(@ModelAttribute("form") ImportForm form, BindingResult errors,
			@RequestParam(name = "fil", required = false) MultipartFile file, Model model, HttpServletResponse response)
			throws IOException {
		if (file != null && !file.isEmpty()) {
			form.setTable(new String(file.getBytes(), StandardCharsets.UTF_8));
		}
		return preview(form, errors, model, response);
	}

	@PostMapping("/konsol/import/tillampning")
	String apply(@ModelAttribute("form") ImportForm form, BindingResult errors, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			Changeset applied = this.changesets.apply(form.read(), form.effectiveFrom(this.zone), form.getCatalogETag(),
					form.sourceOrNull(), AuditActor.of(principal));
			redirect.addFlashAttribute("message",
					"Ändringspaket " + applied.id() + " är tillämpat: " + applied.diff().size() + " typer ändras från "
							+ Swedish.time(applied.effectiveFrom().toInstant(), this.zone) + ".");
			return "redirect:/konsol/andringspaket";
		}
		catch (RefusedException ex) {
			if (ex.refusal() instanceof ChangesetRefusal.StalePreview) {
				model.addAttribute("refusal", "Katalogen har ändrats sedan förhandsvisningen. "
						+ "Här är förhandsvisningen mot katalogen som den är nu: granska den och tillämpa igen.");
				return preview(form, errors, model, response);
			}
			return refused(ex, errors, model, response);
		}
		catch (InvalidTimeException ex) {
			return refused(ex, errors, model, response);
		}
	}

	@GetMapping("/konsol/andringspaket")
	String list(Model model) {
		model.addAttribute("changesets", this.changesets.list()
			.stream()
			.map((changeset) -> new Listed(changeset, ChangesetView.state(changeset),
					Swedish.time(changeset.effectiveFrom().toInstant(), this.zone),
					Swedish.time(changeset.appliedAt().toInstant(), this.zone), ChangesetView.of(changeset.diff())))
			.toList());
		return "konsol/andringspaket";
	}

	@PostMapping("/konsol/andringspaket/{id}/aterkallelse")
	String withdraw(@PathVariable long id, @RequestParam(name = "etag", required = false) String etag,
			Principal principal, RedirectAttributes redirect) {
		try {
			this.changesets.cancel(id, etag, AuditActor.of(principal));
			redirect.addFlashAttribute("message",
					"Ändringspaket " + id + " är återkallat; ingen av dess ändringar gäller.");
		}
		catch (RefusedException ex) {
			if (!(ex.refusal() instanceof ChangesetRefusal refused)) {
				throw ex;
			}
			redirect.addFlashAttribute("refusal", ChangesetView.refusal(refused));
		}
		return "redirect:/konsol/andringspaket";
	}

	private String preview(ImportForm form, BindingResult errors, Model model, HttpServletResponse response) {
		try {
			ChangesetPreview preview = this.changesets.preview(form.read(), form.effectiveFrom(this.zone));
			form.setCatalogETag(preview.catalogETag());
			model.addAttribute("preview", ChangesetView.of(preview.diff()));
			model.addAttribute("conflicts", ChangesetView.conflicts(preview, this.zone));
			model.addAttribute("empty", preview.diff().empty());
			model.addAttribute("from", Swedish.time(preview.effectiveFrom().toInstant(), this.zone));
			return PREVIEW;
		}
		catch (RefusedException | InvalidTimeException ex) {
			return refused(ex, errors, model, response);
		}
	}

	private String refused(RuntimeException ex, BindingResult errors, Model model, HttpServletResponse response) {
		if (ex instanceof RefusedException refused && refused.refusal() instanceof ChangesetRefusal changeset) {
			boolean time = changeset instanceof ChangesetRefusal.EffectiveFromInPast;
			errors.rejectValue(time ? "date" : "table", "refused", ChangesetView.refusal(changeset));
		}
		else if (ex instanceof InvalidTimeException invalid) {
			Refusals.Refusal refusal = Refusals.of(invalid);
			errors.rejectValue(refusal.field(), "refused", refusal.message());
		}
		else {
			Refusals.of((CatalogRefusal) ((RefusedException) ex).refusal(), this.zone)
				.forEach((refusal) -> errors.reject("refused", refusal.message()));
		}
		model.addAttribute("offsets", ((ImportForm) errors.getTarget()).offsetsToChoose(this.zone));
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return FORM;
	}

	/**
	 * A changeset as the list shows it.
	 *
	 * @param changeset the changeset
	 * @param state its state, in Swedish
	 * @param from when it takes effect, in Swedish
	 * @param applied when it was applied, in Swedish
	 * @param view what it changes
	 */
	record Listed(Changeset changeset, String state, String from, String applied, ChangesetView view) {

		public boolean pending() {
			return this.changeset.state() == Changeset.State.PENDING;
		}

	}

}
