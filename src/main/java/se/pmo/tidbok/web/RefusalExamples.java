package se.pmo.tidbok.web;

import java.util.Map;

/**
 * A module's refusals with example facts, for the problem examples of the OpenAPI
 * description, each with the path of a request that gets it.
 */
public interface RefusalExamples {

	Map<Refusal, String> examples();

}
