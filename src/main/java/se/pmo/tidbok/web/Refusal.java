package se.pmo.tidbok.web;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ProblemDetail;

/**
 * A request the service's rules refuse, as data: a small record of the facts (codes,
 * versions, instants), which gives its problem type, its detail sentence and its
 * extension members. The problem answer and the OpenAPI examples are both written from
 * it, so no sentence is written twice. Instants are written with the offset they have in
 * the rules' zone, here at the edge.
 */
public interface Refusal {

	ProblemType type();

	/** What was wrong and what to do, in a sentence or two. */
	String detail(ZoneId zone);

	/** The facts as the problem's extension members, in the order they are answered. */
	default Map<String, Object> members(ZoneId zone) {
		return Map.of();
	}

	/** The problem answer of this refusal. */
	default ProblemDetail problem(ZoneId zone) {
		return type().detail(detail(zone), members(zone));
	}

	/** Names and values, in order, leaving out those whose value is {@code null}. */
	static Map<String, Object> facts(Object... namesAndValues) {
		Map<String, Object> facts = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (namesAndValues[i + 1] != null) {
				facts.put((String) namesAndValues[i], namesAndValues[i + 1]);
			}
		}
		return facts;
	}

}
