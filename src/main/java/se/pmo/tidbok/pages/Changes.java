package se.pmo.tidbok.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import se.pmo.tidbok.admin.AuditEntryResponse;
import se.pmo.tidbok.catalog.AppointmentTypeDetails;
import se.pmo.tidbok.catalog.CatalogVersion;

/**
 * What a change did to a type, field by field, before → after, as a person reads it:
 * PMO's column names and Ja/Nej. A new type lists every field with nothing before.
 */
final class Changes {

	private Changes() {
	}

	/**
	 * One field that changed.
	 *
	 * @param field its name in PMO's table
	 * @param before its value before, or {@code null} for a new type
	 * @param after its value after, or {@code null} when nothing is left
	 */
	record Change(String field, String before, String after) {
	}

	static List<Change> between(CatalogVersion before, CatalogVersion after) {
		return between((before != null) ? fields(before.details(), before.retired()) : null,
				(after != null) ? fields(after.details(), after.retired()) : null);
	}

	static List<Change> between(AuditEntryResponse.AuditedState before, AuditEntryResponse.AuditedState after) {
		return between((before != null) ? fields(before) : null, (after != null) ? fields(after) : null);
	}

	private static List<Change> between(Map<String, String> before, Map<String, String> after) {
		List<Change> changes = new ArrayList<>();
		Map<String, String> any = (after != null) ? after : before;
		if (any == null) {
			return changes;
		}
		any.keySet().forEach((field) -> {
			String was = (before != null) ? before.get(field) : null;
			String is = (after != null) ? after.get(field) : null;
			if (!Objects.equals(was, is)) {
				changes.add(new Change(Swedish.FIELDS.get(field), was, is));
			}
		});
		return changes;
	}

	private static Map<String, String> fields(AppointmentTypeDetails d, boolean retired) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", d.name());
		fields.put("description", (d.description() != null) ? d.description() : "-");
		fields.put("visibleToPatient", Swedish.yesNo(d.visibleToPatient()));
		fields.put("cancellableByPatient", Swedish.yesNo(d.cancellableByPatient()));
		fields.put("rebookableByPatient", Swedish.yesNo(d.rebookableByPatient()));
		fields.put("smsReminder", Swedish.yesNo(d.smsReminder()));
		fields.put("retired", Swedish.yesNo(retired));
		return fields;
	}

	private static Map<String, String> fields(AuditEntryResponse.AuditedState s) {
		return fields(new AppointmentTypeDetails(s.name(), s.description(), s.visibleToPatient(),
				s.cancellableByPatient(), s.rebookableByPatient(), s.smsReminder()), s.retired());
	}

}
