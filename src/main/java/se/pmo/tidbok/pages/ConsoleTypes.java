package se.pmo.tidbok.pages;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.pmo.tidbok.admin.AdminAppointmentTypeResponse;
import se.pmo.tidbok.admin.AuditActor;
import se.pmo.tidbok.admin.AuditEntryResponse;
import se.pmo.tidbok.admin.CatalogAdminService;
import se.pmo.tidbok.admin.IfMatch;
import se.pmo.tidbok.time.TimeInput;
import se.pmo.tidbok.web.RefusedException;
import se.pmo.tidbok.time.CalendarZone;

/**
 * The console's type forms: create a type; change its six fields, retire or reinstate it,
 * now or from a Stockholm date and time. Each form carries the version it was opened on:
 * a type changed meanwhile is never overwritten; the page says who changed what, shows
 * the type as it is now and keeps what the user entered.
 */
@Hidden
@Controller
@RequestMapping("/konsol/typer")
class ConsoleTypes {

	private static final String FORM = "konsol/typ";

	private final CatalogAdminService admin;

	private final ZoneId zone;

	ConsoleTypes(CatalogAdminService admin, CalendarZone calendarZone) {
		this.admin = admin;
		this.zone = calendarZone.zone();
	}

	@GetMapping("/ny")
	String newType(Model model) {
		model.addAttribute("form", new TypeForm());
		return show(model, null);
	}

	@PostMapping("/ny")
	String create(@ModelAttribute("form") TypeForm form, BindingResult errors, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		AdminAppointmentTypeResponse created = Attempt.run(() -> this.admin.create(form.request(),
				TimeInput.Reading.exactly(form.effectiveFrom(this.zone)), AuditActor.of(principal)), errors, this.zone);
		if (created == null) {
			return refused(response, model, null, form);
		}
		return saved(redirect, created, "Typen är skapad");
	}

	@GetMapping("/{code}")
	String edit(@PathVariable String code, Model model) {
		AdminAppointmentTypeResponse type = this.admin.get(code);
		model.addAttribute("form", TypeForm.of(type));
		return show(model, type);
	}

	@PostMapping("/{code}")
	String update(@PathVariable String code, @ModelAttribute("form") TypeForm form, BindingResult errors,
			Principal principal, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			AdminAppointmentTypeResponse updated = Attempt.run(
					() -> this.admin.update(code, ifMatch(form.getVersion()), form.request(),
							TimeInput.Reading.exactly(form.effectiveFrom(this.zone)), AuditActor.of(principal)),
					errors, this.zone);
			if (updated == null) {
				return refused(response, model, this.admin.get(code), form);
			}
			if (updated.version() == form.getVersion()) {
				redirect.addFlashAttribute("message", "Inget ändrades: typen har redan de värdena.");
				return "redirect:/konsol/typer/" + code;
			}
			return saved(redirect, updated, "Ändringen är sparad");
		}
		catch (RefusedException ex) {
			// Only a stale version gets out of the attempt.
			return stale(code, form, model, response);
		}
	}

	@PostMapping("/{code}/avveckling")
	String retire(@PathVariable String code, @ModelAttribute("state") StateForm state, BindingResult errors,
			Principal principal, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return changeState(code, state, errors, model, redirect, response, true, AuditActor.of(principal));
	}

	@PostMapping("/{code}/aterinforande")
	String reinstate(@PathVariable String code, @ModelAttribute("state") StateForm state, BindingResult errors,
			Principal principal, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return changeState(code, state, errors, model, redirect, response, false, AuditActor.of(principal));
	}

	private String changeState(String code, StateForm state, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response, boolean retire, String actor) {
		try {
			AdminAppointmentTypeResponse changed = Attempt.run(() -> retire
					? this.admin.retire(code, ifMatch(state.getVersion()),
							TimeInput.Reading.exactly(state.effectiveFrom(this.zone)), actor)
					: this.admin.reinstate(code, ifMatch(state.getVersion()),
							TimeInput.Reading.exactly(state.effectiveFrom(this.zone)), actor),
					errors, this.zone);
			if (changed == null) {
				AdminAppointmentTypeResponse type = this.admin.get(code);
				model.addAttribute("form", TypeForm.of(type));
				return refused(response, model, type, state);
			}
			return saved(redirect, changed, retire ? "Typen avvecklas" : "Typen återinförs");
		}
		catch (RefusedException ex) {
			// Only a stale version gets out of the attempt.
			TypeForm form = TypeForm.of(this.admin.get(code));
			model.addAttribute("form", form);
			state.setVersion(form.getVersion());
			return stale(code, form, model, response);
		}
	}

	private String refused(HttpServletResponse response, Model model, AdminAppointmentTypeResponse type, When when) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("offsets", when.offsetsToChoose(this.zone));
		return show(model, type);
	}

	/**
	 * The type changed since the form was opened: who changed what, the type now, and the
	 * user's input kept, now on the current version so that sending it again is a
	 * deliberate choice.
	 */
	private String stale(String code, TypeForm form, Model model, HttpServletResponse response) {
		AdminAppointmentTypeResponse current = this.admin.get(code);
		AuditEntryResponse last = this.admin.audit(code, 0, 1).items().stream().findFirst().orElse(null);
		model.addAttribute("stale", (last != null) ? AuditPage.Entry.of(last, this.zone) : null);
		model.addAttribute("staleForm", Boolean.TRUE);
		form.setVersion(current.version());
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		return show(model, current);
	}

	private String show(Model model, AdminAppointmentTypeResponse type) {
		model.addAttribute("type", type);
		if (type != null) {
			if (!model.containsAttribute("state")) {
				model.addAttribute("state", StateForm.of(type));
			}
			model.addAttribute("from",
					Swedish.time(type.effectiveFrom() != null ? type.effectiveFrom().toInstant() : null, this.zone));
		}
		return FORM;
	}

	private String saved(RedirectAttributes redirect, AdminAppointmentTypeResponse type, String what) {
		String when = (type.effectiveFrom() != null) ? Swedish.time(type.effectiveFrom().toInstant(), this.zone) : "";
		redirect.addFlashAttribute("message", what + (when.isEmpty() ? "." : ", från " + when + "."));
		redirect.addFlashAttribute("warnings", type.warnings().stream().map(Refusals::warning).toList());
		return "redirect:/konsol/typer/" + type.code();
	}

	private static IfMatch ifMatch(Long version) {
		return IfMatch.version((version != null) ? version : -1);
	}

}
