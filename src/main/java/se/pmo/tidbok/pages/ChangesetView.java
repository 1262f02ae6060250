package se.pmo.tidbok.pages;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import se.pmo.tidbok.changeset.Changeset;
import se.pmo.tidbok.changeset.ChangesetDiff;
import se.pmo.tidbok.changeset.ChangesetPreview;
import se.pmo.tidbok.changeset.ChangesetRefusal;

/**
 * A changeset, or the preview of one, as the console shows it: each group of types with
 * the fields that change before → after, the warnings a reviewer needs and, in Swedish,
 * every refusal of the changeset service.
 *
 * @param groups the types created, changed, retired and reinstated, each group titled
 * @param unchanged how many rows leave their type as it stands
 * @param warnings what to look at before applying, in Swedish
 */
record ChangesetView(List<Group> groups, int unchanged, List<String> warnings) {

	private static final Map<String, String> VALUES = Map.of("true", "Ja", "false", "Nej");

	static ChangesetView of(ChangesetDiff diff) {
		List<Group> groups = Stream
			.of(new Group("Nya typer", rows(diff.created(), true)),
					new Group("Ändrade typer", rows(diff.changed(), false)),
					new Group("Typer som avvecklas (saknas i tabellen)",
							state(rows(diff.retired(), false), "Nej", "Ja")),
					new Group("Typer som återinförs", state(rows(diff.reinstated(), false), "Ja", "Nej")))
			.filter((group) -> !group.types().isEmpty())
			.toList();
		return new ChangesetView(groups, diff.unchanged(),
				diff.warnings().stream().map(ChangesetView::warning).toList());
	}

	/**
	 * One group of types.
	 *
	 * @param title what happens to them
	 * @param types the types
	 */
	record Group(String title, List<Type> types) {
	}

	/**
	 * One type of a changeset.
	 *
	 * @param code its code
	 * @param name its name
	 * @param line the table's line that asks for it, or {@code null}
	 * @param changes its fields before → after
	 */
	record Type(String code, String name, Integer line, List<Changes.Change> changes) {
	}

	/** The types, with "-" for a value that is none, and nothing before a creation. */
	private static List<Type> rows(List<ChangesetDiff.TypeDiff> types, boolean created) {
		return types.stream()
			.map((type) -> new Type(type.code(), type.name(), type.line(),
					type.fields()
						.stream()
						.map((field) -> new Changes.Change(Swedish.FIELDS.getOrDefault(field.field(), field.field()),
								created ? null : value(field.before()), value(field.after())))
						.toList()))
			.toList();
	}

	/** Retirements and reinstatements change no field but the type's state. */
	private static List<Type> state(List<Type> types, String before, String after) {
		return types.stream()
			.map((type) -> new Type(type.code(), type.name(), type.line(),
					Stream
						.concat(type.changes().stream(),
								Stream.of(new Changes.Change(Swedish.FIELDS.get("retired"), before, after)))
						.toList()))
			.toList();
	}

	private static String value(String value) {
		return (value != null) ? VALUES.getOrDefault(value, value) : "-";
	}

	private static String warning(ChangesetDiff.Warning warning) {
		return switch (warning.kind()) {
			case NO_LONGER_BOOKABLE_ONLINE -> warning.code() + ": patienter kan inte längre boka typen online.";
			case NO_LONGER_VISIBLE_TO_PATIENT -> warning.code() + ": patienten ser inte längre tiden på 1177.";
			case NO_LONGER_CANCELLABLE_BY_PATIENT -> warning.code() + ": patienten kan inte längre avboka tiden.";
			case NO_LONGER_REBOOKABLE_BY_PATIENT -> warning.code() + ": patienten kan inte längre omboka tiden.";
			case NO_LONGER_SMS_REMINDER -> warning.code() + ": ingen sms-påminnelse skickas längre.";
			case RIGHTS -> warning.code() + ": " + Refusals.warning(warning.message().replaceFirst("^.*?: ", ""));
		};
	}

	/** The pending changes that stand in the way of a preview, in Swedish. */
	static List<String> conflicts(ChangesetPreview preview, ZoneId zone) {
		return preview.conflicts()
			.stream()
			.map((conflict) -> conflict.code() + " har en planerad ändring från "
					+ Swedish.time(conflict.pendingEffectiveFrom().toInstant(), zone) + " (version "
					+ conflict.pendingVersion() + "): välj en senare tidpunkt eller återkalla den först.")
			.toList();
	}

	/** The states of a changeset, in Swedish. */
	static String state(Changeset changeset) {
		return switch (changeset.state()) {
			case PENDING -> "Planerat";
			case IN_FORCE -> "Gäller";
			case WITHDRAWN -> "Återkallat";
		};
	}

	/** A refusal of the changeset service, in Swedish, with the cell it names. */
	static String refusal(ChangesetRefusal refused) {
		return switch (refused) {
			case ChangesetRefusal.InvalidTable table -> "Tabellen kan inte läsas: rad " + table.line()
					+ ((table.column() != null) ? ", kolumnen \"" + table.column() + "\"" : "")
					+ ((table.value() != null) ? ", värdet \"" + table.value() + "\"" : "")
					+ ((table.lines() != null) ? ". Raderna " + table.lines() + " anger samma typ" : "")
					+ ((table.expected() != null) ? ". Rubrikerna ska vara: " + table.expected() : "")
					+ ". Flaggor skrivs ✓ eller X (eller Ja/Nej), och varje rad behöver ett namn.";
			case ChangesetRefusal.TableTooLarge ignored -> "Tabellen är för stor: högst 2000 rader och 1 MB.";
			case ChangesetRefusal.NothingToChange ignored ->
				"Tabellen är katalogen som den redan kommer att se ut då: det finns inget att ändra.";
			case ChangesetRefusal.PendingChangesInTheWay _, ChangesetRefusal.LaterChanges _ ->
				"Några typer i tabellen har planerade ändringar som står i vägen; välj en senare tidpunkt eller återkalla dem först.";
			case ChangesetRefusal.NotPending ignored ->
				"Ändringspaketet gäller redan eller är återkallat, och kan inte återkallas.";
			case ChangesetRefusal.StalePreview _, ChangesetRefusal.StaleChangeset _ ->
				"Katalogen har ändrats sedan förhandsvisningen.";
			case ChangesetRefusal.UnknownChangeset ignored -> "Det finns inget sådant ändringspaket.";
			case ChangesetRefusal.EffectiveFromInPast ignored ->
				"Tidpunkten har redan passerat. Välj en senare tidpunkt, eller \"Nu\".";
			case ChangesetRefusal.UnsupportedTable _, ChangesetRefusal.InvalidSource _,
					ChangesetRefusal.PreconditionRequired _ ->
				"Tabellen kan inte tas emot.";
		};
	}

}
