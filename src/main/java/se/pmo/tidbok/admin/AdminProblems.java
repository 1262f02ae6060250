package se.pmo.tidbok.admin;

import java.util.List;

import org.springframework.http.HttpStatus;

import se.pmo.tidbok.web.ProblemException;
import se.pmo.tidbok.web.ProblemTypes;

/**
 * The problems an administrator's change can run into.
 */
final class AdminProblems {

	private AdminProblems() {
	}

	static ProblemException preconditionRequired() {
		return new ProblemException(HttpStatus.PRECONDITION_REQUIRED, ProblemTypes.PRECONDITION_REQUIRED,
				"Precondition required",
				"Send If-Match with the ETag from your last GET of this type, so a change made meanwhile is not overwritten.");
	}

	static ProblemException preconditionFailed(String code, String currentETag) {
		return new ProblemException(HttpStatus.PRECONDITION_FAILED, ProblemTypes.PRECONDITION_FAILED,
				"Precondition failed",
				"The type '" + code
						+ "' has changed since you read it. Read it again, check the change, and retry with its new ETag.")
			.with("code", code)
			.with("currentETag", currentETag);
	}

	static ProblemException duplicateName(String name) {
		return new ProblemException(HttpStatus.CONFLICT, ProblemTypes.DUPLICATE_NAME, "Duplicate name",
				"Another appointment type is already named '" + name + "' (names are compared without regard to case).")
			.with("name", name);
	}

	static ProblemException codeTaken(String code, boolean retired) {
		return new ProblemException(HttpStatus.CONFLICT, ProblemTypes.CODE_TAKEN, "Code taken",
				"The name gives the code '" + code + "', which " + (retired
						? "belongs to a retired type: reinstate that type instead." : "belongs to another type.")
						+ " Codes are never reused.")
			.with("code", code);
	}

	static ProblemException nameWithoutLetters() {
		return new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_BODY, "Invalid request body",
				"'name' must contain a letter or a digit.")
			.with("errors", List.of(new RightsCheck.FieldError("name", "must contain a letter or a digit")));
	}

	static ProblemException inconsistent(List<RightsCheck.FieldError> errors) {
		StringBuilder detail = new StringBuilder("The patient rights contradict each other:");
		errors.forEach(
				(error) -> detail.append(" '").append(error.field()).append("' ").append(error.message()).append('.'));
		return new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INCONSISTENT_RIGHTS,
				"Inconsistent patient rights", detail.toString())
			.with("errors", errors);
	}

	static ProblemException alreadyInState(String code, boolean retired) {
		return new ProblemException(HttpStatus.CONFLICT, ProblemTypes.STATE_CONFLICT, "Conflict with the type's state",
				"The type '" + code + "' is " + (retired ? "already retired." : "not retired."))
			.with("code", code);
	}

}
