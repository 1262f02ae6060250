package se.pmo.tidbok.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import se.pmo.tidbok.web.ProblemType;

/**
 * The administration's edge: a refused change as a problem detail.
 */
@RestControllerAdvice
@Order(0)
class AdminProblems {

	@ExceptionHandler
	ProblemDetail refused(CatalogChangeRefusedException ex) {
		Map<String, Object> facts = new LinkedHashMap<>();
		ProblemType type = switch (ex) {
			case CatalogChangeRefusedException.DuplicateName duplicate -> {
				facts.put("name", duplicate.name());
				yield ProblemType.DUPLICATE_NAME;
			}
			case CatalogChangeRefusedException.CodeTaken taken -> {
				facts.put("code", taken.code());
				yield ProblemType.CODE_TAKEN;
			}
			case CatalogChangeRefusedException.StateConflict state -> {
				facts.put("code", state.code());
				yield ProblemType.STATE_CONFLICT;
			}
			case CatalogChangeRefusedException.StaleVersion stale -> {
				facts.put("code", stale.code());
				facts.put("currentETag", stale.currentETag());
				yield ProblemType.PRECONDITION_FAILED;
			}
			case CatalogChangeRefusedException.InvalidText invalid -> {
				facts.put("errors", invalid.errors());
				if (invalid.refusal() != null) {
					facts.put("position", invalid.refusal().position());
					facts.put("codePoint", invalid.refusal().codePointLabel());
				}
				yield ProblemType.INVALID_BODY;
			}
			case CatalogChangeRefusedException.InvalidFields invalid -> {
				facts.put("errors", invalid.errors());
				yield invalid.rights() ? ProblemType.INCONSISTENT_RIGHTS : ProblemType.INVALID_BODY;
			}
		};
		return type.detail(ex.getMessage(), facts);
	}

}
