package se.pmo.tidbok.web;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ProblemDetail;

/**
 * A request the service's rules refuse, as data: a small record of the facts (codes,
 * versions, instants) that writes its problem answer: type, detail and extension members.
 * The answer and the OpenAPI examples are both written by it, so no sentence is written
 * twice. Instants are written with the offset they have in the rules' zone.
 */
public interface Refusal {

	ProblemDetail problem(ZoneId zone);

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
