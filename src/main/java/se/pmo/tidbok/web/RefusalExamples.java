package se.pmo.tidbok.web;

import java.util.List;

/**
 * A module's refusals with example facts, for the problem examples of the OpenAPI
 * description: each is written by its own record, as the service writes it.
 */
public interface RefusalExamples {

	List<Example> examples();

	/**
	 * @param instance the path of a request that gets it
	 * @param refusal the refusal, with example facts
	 */
	record Example(String instance, Refusal refusal) {
	}

}
