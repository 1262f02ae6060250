package se.pmo.tidbok.policy;

import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.http.ProblemDetail;

import se.pmo.tidbok.web.ProblemDocumentation;

/**
 * One element of a batch answer: the appointment's position in the request and either its
 * policy or the problem that kept it from being evaluated. {@code outcome} tells the two
 * apart, so generated clients can type the element.
 */
@Schema(name = "PolicyEvaluationResult",
		description = "The result for the appointment at `index` of the request: its policy (outcome POLICY) or the problem "
				+ "that kept it from being evaluated (outcome PROBLEM). Exactly one of `policy` and `problem` is present.",
		oneOf = { PolicyEvaluationResult.Evaluated.class, PolicyEvaluationResult.Failed.class },
		discriminatorProperty = "outcome",
		discriminatorMapping = {
				@DiscriminatorMapping(value = "POLICY", schema = PolicyEvaluationResult.Evaluated.class),
				@DiscriminatorMapping(value = "PROBLEM", schema = PolicyEvaluationResult.Failed.class) })
public sealed interface PolicyEvaluationResult {

	/** The position of the appointment in the request, from 0. */
	int index();

	/** Which of the two the element carries. */
	String outcome();

	/** The appointment was evaluated. */
	@Schema(name = "PolicyEvaluationSuccess", description = "The appointment at `index` was evaluated.",
			requiredProperties = { "index", "outcome", "policy" })
	record Evaluated(
			@Schema(description = "Position of the appointment in the request, from 0", example = "0",
					minimum = "0") int index,
			@Schema(description = "Always POLICY for this element", allowableValues = "POLICY",
					example = "POLICY") String outcome,
			@Schema(description = "What the patient may do with this time") PolicyResponse policy)
			implements
				PolicyEvaluationResult {

		Evaluated(int index, PolicyResponse policy) {
			this(index, "POLICY", policy);
		}

	}

	/** The appointment could not be evaluated; the rest of the batch was. */
	@Schema(name = "PolicyEvaluationFailure",
			description = "The appointment at `index` could not be evaluated: an unknown code or a bad time. The rest of the batch was.",
			requiredProperties = { "index", "outcome", "problem" })
	record Failed(
			@Schema(description = "Position of the appointment in the request, from 0", example = "1",
					minimum = "0") int index,
			@Schema(description = "Always PROBLEM for this element", allowableValues = "PROBLEM",
					example = "PROBLEM") String outcome,
			@Schema(description = "Why this appointment could not be evaluated",
					implementation = ProblemDocumentation.class) ProblemDetail problem)
			implements
				PolicyEvaluationResult {

		Failed(int index, ProblemDetail problem) {
			this(index, "PROBLEM", problem);
		}

	}

}
