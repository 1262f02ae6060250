package se.pmo.tidbok.changeset;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.pmo.tidbok.web.Refusal;
import se.pmo.tidbok.web.RefusalExamples;
import se.pmo.tidbok.web.RefusedException;

/** Each refusal of a table or changeset with example facts, for the API description. */
@Component
class ChangesetRefusalExamples implements RefusalExamples {

	private static final Instant FROM = Instant.parse("2027-01-31T23:00:00Z");

	@Override
	public Map<Refusal, String> examples() {
		return Map.of(notAFlagOnLine12(), "/api/v1/admin/changeset-previews",
				new ChangesetRefusal.PendingChangesInTheWay(FROM,
						List.of(new ChangesetRefusal.Conflict("sexolog-1177", 3, Instant.parse("2027-02-28T23:00:00Z")))),
				"/api/v1/admin/changesets", new ChangesetRefusal.NothingToChange(FROM), "/api/v1/admin/changesets",
				new ChangesetRefusal.NotPending(12, Changeset.State.IN_FORCE), "/api/v1/admin/changesets/12",
				new ChangesetRefusal.UnknownChangeset(99), "/api/v1/admin/changesets/99");
	}

	/** What the reader says of a PMO table whose line 12 has a flag that is none. */
	private static Refusal notAFlagOnLine12() {
		StringBuilder table = new StringBuilder(String.join("\t", TableFormat.PMO.headers())).append('\n');
		for (int line = 2; line < 12; line++) {
			table.append("Typ ").append(line).append("\t-\t✓\t✓\t✓\t✓\n");
		}
		try {
			ChangesetTable.read((table + "Typ 12\t-\t✓\tkanske\t✓\t✓\n").getBytes(StandardCharsets.UTF_8),
					TableFormat.PMO);
		}
		catch (RefusedException ex) {
			return ex.refusal();
		}
		throw new IllegalStateException("The table reader took a flag that is none");
	}

}
