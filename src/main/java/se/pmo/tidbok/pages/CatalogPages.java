package se.pmo.tidbok.pages;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import se.pmo.tidbok.catalog.Catalog;
import se.pmo.tidbok.catalog.web.CatalogFilter;
import se.pmo.tidbok.catalog.CatalogSnapshot;
import se.pmo.tidbok.catalog.CatalogTimeline;
import se.pmo.tidbok.catalog.CatalogVersion;
import se.pmo.tidbok.catalog.UnknownAppointmentTypeException;
import se.pmo.tidbok.policy.PolicyService;
import se.pmo.tidbok.time.CalendarZone;

/**
 * The public pages: the catalog as PMO's table, with the API's search and filters and a
 * day to see it as of; a page per type with its rights, rules, history and pending
 * change.
 */
@Hidden
@Controller
class CatalogPages {

	private final Catalog catalog;

	private final PolicyService policy;

	private final Clock clock;

	private final ZoneId zone;

	private final PageErrors errors;

	CatalogPages(Catalog catalog, PolicyService policy, Clock clock, CalendarZone calendarZone, PageErrors errors) {
		this.errors = errors;
		this.catalog = catalog;
		this.policy = policy;
		this.clock = clock;
		this.zone = calendarZone.zone();
	}

	@GetMapping("/")
	String table(@RequestParam(required = false) String q, @RequestParam(required = false) String bokasOnline,
			@RequestParam(required = false) String synlig, @RequestParam(required = false) String avbokningsbar,
			@RequestParam(required = false) String ombokningsbar, @RequestParam(required = false) String sms,
			@RequestParam(required = false) String datum, Model model, HttpServletRequest request) {
		AsOf asOf = AsOf.of(datum, this.clock.instant(), this.zone);
		CatalogSnapshot snapshot = this.catalog.asOf(asOf.instant());
		CatalogFilter filter = new CatalogFilter(AsOf.yesNo(synlig), AsOf.yesNo(avbokningsbar),
				AsOf.yesNo(ombokningsbar), AsOf.yesNo(sms), AsOf.yesNo(bokasOnline), q);
		TablePage table = TablePage.of(snapshot, filter, this.catalog.timeline(), asOf, this.zone);
		model.addAttribute("table", table);
		model.addAttribute("rows",
				TableRows.html(table.rows(), request.getContextPath(), asOf.today() ? null : asOf.date()));
		model.addAttribute("asOf", asOf);
		return "tabell";
	}

	@GetMapping("/typer/{code}")
	String type(@PathVariable String code, @RequestParam(required = false) String datum, Model model) {
		Instant now = this.clock.instant();
		AsOf asOf = AsOf.of(datum, now, this.zone);
		CatalogTimeline timeline = this.catalog.timeline();
		List<CatalogVersion> history = timeline.history(code);
		if (history.isEmpty()) {
			throw new UnknownAppointmentTypeException(code);
		}
		CatalogVersion shown = timeline.inForce(code, asOf.instant()).orElse(null);
		model.addAttribute("type", TypePage.of(code, shown, history, timeline.pending(now), asOf, this.zone));
		model.addAttribute("rules", (shown != null) ? this.policy.patientRules(shown.details()) : List.of());
		model.addAttribute("asOf", asOf);
		return "typ";
	}

	/** Any other path under the pages' roots: the HTML 404, not the API's problem. */
	@GetMapping({ "/typer/**", "/konsol/**" })
	ModelAndView noSuchPage(HttpServletRequest request, HttpServletResponse response) {
		return this.errors.render(request, response, HttpStatus.NOT_FOUND);
	}

}
