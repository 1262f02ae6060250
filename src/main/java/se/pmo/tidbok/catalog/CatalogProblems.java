package se.pmo.tidbok.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import se.pmo.tidbok.web.ProblemType;

/**
 * The catalog's edge: its domain exceptions as problem details, wherever they are thrown
 * (the catalog reads, the rules, the administration): an unknown code, and a change the
 * catalog's rules refuse.
 */
@RestControllerAdvice
@Order(0)
public class CatalogProblems {

	@ExceptionHandler
	ProblemDetail unknownAppointmentType(UnknownAppointmentTypeException ex) {
		return problem(ex);
	}

	/** The problem detail of an unknown code. */
	public static ProblemDetail problem(UnknownAppointmentTypeException ex) {
		return ProblemType.UNKNOWN_APPOINTMENT_TYPE.detail(ex.getMessage(), Map.of("code", ex.code()));
	}

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
				if (stale.currentETag() != null) {
					facts.put("currentETag", stale.currentETag());
				}
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
			case CatalogChangeRefusedException.EffectiveFromInPast past -> {
				facts.put("effectiveFrom", past.effectiveFrom());
				facts.put("now", past.now());
				yield ProblemType.EFFECTIVE_FROM_IN_PAST;
			}
			case CatalogChangeRefusedException.ScheduleConflict conflict -> {
				facts.put("code", conflict.code());
				facts.put("pendingVersion", conflict.pendingVersion());
				facts.put("pendingEffectiveFrom", conflict.pendingEffectiveFrom());
				yield ProblemType.SCHEDULE_CONFLICT;
			}
			case CatalogChangeRefusedException.ChangeInForce inForce -> {
				facts.put("code", inForce.code());
				facts.put("version", inForce.version());
				yield ProblemType.CHANGE_IN_FORCE;
			}
			case CatalogChangeRefusedException.UnknownScheduledChange unknown -> {
				facts.put("code", unknown.code());
				facts.put("version", unknown.version());
				yield ProblemType.UNKNOWN_SCHEDULED_CHANGE;
			}
			case CatalogChangeRefusedException.InvalidFields invalid -> {
				facts.put("errors", invalid.errors());
				yield invalid.rights() ? ProblemType.INCONSISTENT_RIGHTS : ProblemType.INVALID_BODY;
			}
		};
		return type.detail(ex.getMessage(), facts);
	}

}
