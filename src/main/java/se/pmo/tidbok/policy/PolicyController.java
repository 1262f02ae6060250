package se.pmo.tidbok.policy;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.pmo.tidbok.time.TimeInput;
import se.pmo.tidbok.web.DocumentedProblems;
import se.pmo.tidbok.web.ProblemType;
import se.pmo.tidbok.web.TimeParameter;

/**
 * The 1177 patient rules over HTTP: per time, per batch, the booking window and the rules
 * in force.
 */
@RestController
@Tag(name = "Rules",
		description = "What a patient may do with a booked time on 1177 now: book, cancel, rebook; and when the SMS reminder goes out.")
class PolicyController {

	private static final String TIME_FORMATS = TimeInput.FORMATS;

	private final PolicyRequests requests;

	private final PolicyService policies;

	PolicyController(PolicyRequests requests, PolicyService policies) {
		this.requests = requests;
		this.policies = policies;
	}

	@GetMapping(path = "/api/v1/appointment-types/{code}/policy", produces = MediaType.APPLICATION_JSON_VALUE)
	@DocumentedProblems({ ProblemType.UNKNOWN_APPOINTMENT_TYPE })
	@Operation(operationId = "evaluatePolicy", summary = "What may the patient do with this time now?",
			description = "Evaluates the booking horizon, the cancellation and rebooking cutoff and the SMS reminder for one time "
					+ "of this type. When several reasons apply, the type's flag wins over time.")
	@ApiResponse(responseCode = "200", description = "The decisions",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = PolicyResponse.class)))
	@ApiResponse(responseCode = "400",
			description = "A time is malformed, nonexistent or ambiguous (the problem names the parameter)")
	@ApiResponse(responseCode = "404", description = "No active type has this code")
	PolicyResponse policy(
			@Parameter(description = "The type's public code",
					example = "lakare-besok-ej-akut-1177") @PathVariable String code,
			@Parameter(description = "Start of the time. " + TIME_FORMATS, example = "2026-03-29T10:00:00+02:00",
					required = true) @TimeParameter @RequestParam(required = false) String start,
			@Parameter(description = "Evaluation instant; now when left out. " + TIME_FORMATS,
					example = "2026-03-28T09:00:00+01:00") @TimeParameter @RequestParam(required = false) String at,
			@Parameter(
					description = "When the time was booked, for the SMS reminder; defaults to the evaluation instant. "
							+ TIME_FORMATS,
					example = "2026-03-01T12:00:00+01:00") @TimeParameter @RequestParam(
							required = false) String bookedAt) {
		return this.requests.evaluate(code, start, at, bookedAt);
	}

	@PostMapping(path = "/api/v1/policy-evaluations", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@DocumentedProblems({ ProblemType.BATCH_TOO_LARGE, ProblemType.INVALID_TIME, ProblemType.NONEXISTENT_LOCAL_TIME,
			ProblemType.AMBIGUOUS_LOCAL_TIME })
	@Operation(operationId = "evaluatePolicies", summary = "Evaluate many times at once",
			description = "For the 1177 \"booked times\" page and the reminder scheduler: up to "
					+ PolicyService.BATCH_LIMIT
					+ " appointments, evaluated at one instant. The answer lists one result per appointment, in the same order, "
					+ "each with its `index`. An appointment with an unknown code or a bad time fails alone: its result has "
					+ "`outcome` PROBLEM and a `problem` instead of `outcome` POLICY and a `policy`.")
	@ApiResponse(responseCode = "200",
			description = "One result per appointment, in the order of the request: its policy, or the problem with that appointment",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					array = @ArraySchema(schema = @Schema(implementation = PolicyEvaluationResult.class))))
	@ApiResponse(responseCode = "400",
			description = "The body is malformed, 'at' is invalid, or the batch has more than "
					+ PolicyService.BATCH_LIMIT + " appointments")
	List<PolicyEvaluationResult> evaluate(@Valid @RequestBody PolicyEvaluationRequest request) {
		return this.requests.evaluateAll(request);
	}

	@GetMapping(path = "/api/v1/booking-window", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getBookingWindow", summary = "The dates to offer bookable times on",
			description = "Shaped for the national GetAvailableTimeslots date range: both dates inclusive, in Europe/Stockholm.")
	@ApiResponse(responseCode = "200", description = "The booking window")
	@ApiResponse(responseCode = "400", description = "'at' is malformed, nonexistent or ambiguous")
	BookingWindowResponse bookingWindow(
			@Parameter(description = "Evaluation instant; now when left out. " + TIME_FORMATS,
					example = "2026-03-20T09:30:00+01:00") @TimeParameter @RequestParam(required = false) String at) {
		return this.requests.bookingWindow(at);
	}

	@GetMapping(path = "/api/v1/rules", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getRules", summary = "The rules in force",
			description = "Rule parameters (ISO-8601 durations), the catalog revision, and each rule in one sentence in Swedish and English.")
	@ApiResponse(responseCode = "200", description = "The rules")
	RulesResponse rules() {
		return this.policies.rules();
	}

}
