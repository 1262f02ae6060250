package se.pmo.tidbok.pages;

import java.time.ZoneId;
import java.util.List;

import se.pmo.tidbok.admin.AuditEntryResponse;

/**
 * A page of the audit trail as a person reads it: who, what, when, before → after.
 *
 * @param entries the entries, newest first
 * @param page the page number, from 0
 * @param pages how many pages there are
 * @param total how many entries match
 */
record AuditPage(List<Entry> entries, int page, long pages, long total) {

	static AuditPage of(AuditEntryResponse.Page page, ZoneId zone) {
		long pages = (page.totalElements() + page.size() - 1) / page.size();
		return new AuditPage(page.items().stream().map((entry) -> Entry.of(entry, zone)).toList(), page.page(), pages,
				page.totalElements());
	}

	/**
	 * One entry.
	 *
	 * @param at when it was made, in Swedish
	 * @param actor who made it
	 * @param action what was done, in Swedish
	 * @param code the type's code
	 * @param name the type's name after (or before, when nothing is left)
	 * @param from when the change takes (or would have taken) effect, or empty
	 * @param changes before → after, field by field
	 */
	record Entry(String at, String actor, String action, String code, String name, String from,
			List<Changes.Change> changes) {

		static Entry of(AuditEntryResponse entry, ZoneId zone) {
			AuditEntryResponse.AuditedState shown = (entry.after() != null) ? entry.after() : entry.before();
			return new Entry(Swedish.time(entry.occurredAt().toInstant(), zone), entry.actor(),
					Swedish.ACTIONS.get(String.valueOf(entry.action())), entry.appointmentTypeCode(),
					(shown != null) ? shown.name() : entry.appointmentTypeCode(),
					(entry.effectiveFrom() != null) ? Swedish.time(entry.effectiveFrom().toInstant(), zone) : "",
					Changes.between(entry.before(), entry.after()));
		}

	}

}
