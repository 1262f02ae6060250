package se.pmo.tidbok.pages;

import java.security.Principal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.pmo.tidbok.admin.AuditActor;
import se.pmo.tidbok.admin.CatalogAdminService;
import se.pmo.tidbok.admin.IfMatch;
import se.pmo.tidbok.admin.ScheduledChangeResponse;
import se.pmo.tidbok.catalog.CatalogRefusal;
import se.pmo.tidbok.web.RefusedException;
import se.pmo.tidbok.time.CalendarZone;

/**
 * The console's overview pages: sign-in, every type (retired ones included), the pending
 * changes soonest first with a withdraw button each, and the audit trail by type.
 */
@Hidden
@Controller
class ConsolePages {

	private static final int AUDIT_PAGE_SIZE = 25;

	private final CatalogAdminService admin;

	private final ZoneId zone;

	ConsolePages(CatalogAdminService admin, CalendarZone calendarZone) {
		this.admin = admin;
		this.zone = calendarZone.zone();
	}

	@GetMapping("/konsol/logga-in")
	String signIn() {
		return "konsol/logga-in";
	}

	private static final int PENDING_SHOWN = 100;

	@GetMapping("/konsol")
	String start(Model model) {
		model.addAttribute("types", this.admin.list(null));
		model.addAttribute("pending", this.admin.scheduledChanges(null, 0, 1).total());
		return "konsol/start";
	}

	@GetMapping("/konsol/andringar")
	String pending(Model model) {
		// The soonest first, as many as one page of the API holds at most.
		CatalogAdminService.ScheduledChanges changes = this.admin.scheduledChanges(null, 0, PENDING_SHOWN);
		model.addAttribute("changes", changes.items().stream().map((change) -> Pending.of(change, this.zone)).toList());
		model.addAttribute("pendingTotal", changes.total());
		return "konsol/andringar";
	}

	@PostMapping("/konsol/andringar/{code}/{version}/aterkallelse")
	String withdraw(@PathVariable String code, @PathVariable long version, Principal principal,
			RedirectAttributes redirect) {
		try {
			this.admin.cancelScheduledChange(code, version, IfMatch.version(version), AuditActor.of(principal));
			redirect.addFlashAttribute("message",
					"Den planerade ändringen av " + code + " (version " + version + ") är återkallad.");
		}
		catch (RefusedException ex) {
			redirect.addFlashAttribute("refusal",
					Refusals.of((CatalogRefusal) ex.refusal(), this.zone).get(0).message());
		}
		catch (ErrorResponseException ex) {
			// A version a changeset made is withdrawn only with its changeset.
			Map<String, Object> facts = ex.getBody().getProperties();
			redirect.addFlashAttribute("refusal", "Ändringen hör till ändringspaket "
					+ ((facts != null) ? facts.get("changesetId") : "") + " och återkallas bara med hela paketet.");
		}
		return "redirect:/konsol/andringar";
	}

	@GetMapping("/konsol/logg")
	String audit(@RequestParam(required = false) String typ, @RequestParam(defaultValue = "0") int sida, Model model) {
		String code = (typ == null || typ.isBlank()) ? null : typ.strip();
		int page = Math.max(0, Math.min(sida, 1_000_000));
		model.addAttribute("audit", AuditPage.of(this.admin.audit(code, page, AUDIT_PAGE_SIZE), this.zone));
		model.addAttribute("types", this.admin.list(null));
		model.addAttribute("typ", code);
		return "konsol/logg";
	}

	/**
	 * A pending change as the console lists it.
	 *
	 * @param code the type's code
	 * @param name its name after the change
	 * @param version the version the change makes
	 * @param from when it takes effect, in Swedish
	 * @param action what it does, in Swedish
	 * @param by who scheduled it
	 * @param changes before → after
	 */
	record Pending(String code, String name, long version, String from, String action, String by,
			List<Changes.Change> changes) {

		static Pending of(ScheduledChangeResponse change, ZoneId zone) {
			return new Pending(change.appointmentTypeCode(), change.after().name(), change.version(),
					Swedish.time(change.effectiveFrom().toInstant(), zone),
					Swedish.ACTIONS.get(String.valueOf(change.action())), change.scheduledBy(),
					Changes.between(change.before(), change.after()));
		}

	}

}
