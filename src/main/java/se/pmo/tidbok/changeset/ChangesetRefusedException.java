package se.pmo.tidbok.changeset;

import java.util.Map;

import se.pmo.tidbok.web.ProblemType;

/**
 * A table or changeset the service refuses, with the kind of problem and the facts that
 * name what was wrong (e.g. the line, column and value of a table cell). Nothing is
 * written when it is thrown.
 */
public final class ChangesetRefusedException extends RuntimeException {

	private final ProblemType type;

	private final Map<String, Object> facts;

	ChangesetRefusedException(ProblemType type, String detail, Map<String, Object> facts) {
		super(detail);
		this.type = type;
		this.facts = Map.copyOf(facts);
	}

	/** The kind of problem, which gives the HTTP status and the stable type URI. */
	public ProblemType type() {
		return this.type;
	}

	/** What the problem is about, by name, e.g. {@code line}, {@code column}, {@code value}. */
	public Map<String, Object> facts() {
		return this.facts;
	}

}
