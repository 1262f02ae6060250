package se.pmo.tidbok.changeset;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import se.pmo.tidbok.web.RefusalExamples;

/** Each refusal of a table or changeset with example facts, for the API description. */
@Component
class ChangesetRefusalExamples implements RefusalExamples {

	private static final String CHANGESETS = "/api/v1/admin/changesets";

	private static final Instant FROM = Instant.parse("2027-01-31T23:00:00Z");

	@Override
	public List<Example> examples() {
		return List.of(new Example("/api/v1/admin/changeset-previews", notAFlagOnLine12()),
				new Example(CHANGESETS,
						new ChangesetRefusal.PendingChangesInTheWay(FROM,
								List.of(new ChangesetRefusal.Conflict("sexolog-1177", 3,
										Instant.parse("2027-02-28T23:00:00Z"))))),
				new Example(CHANGESETS, new ChangesetRefusal.NothingToChange(FROM)),
				new Example(CHANGESETS + "/12", new ChangesetRefusal.NotPending(12, Changeset.State.IN_FORCE)),
				new Example(CHANGESETS + "/99", new ChangesetRefusal.UnknownChangeset(99)));
	}

	/** What the reader says of a PMO table whose line 12 has a flag that is none. */
	private static ChangesetRefusal notAFlagOnLine12() {
		StringBuilder table = new StringBuilder(String.join("\t", TableFormat.PMO.headers())).append('\n');
		for (int line = 2; line < 12; line++) {
			table.append("Typ ").append(line).append("\t-\t✓\t✓\t✓\t✓\n");
		}
		table.append("Typ 12\t-\t✓\tkanske\t✓\t✓\n");
		try {
			ChangesetTable.read(table.toString().getBytes(StandardCharsets.UTF_8), TableFormat.PMO);
		}
		catch (ChangesetRefusedException ex) {
			return ex.refusal();
		}
		throw new IllegalStateException("The table reader took a flag that is none");
	}

}
