package se.pmo.tidbok.web;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;
import tools.jackson.core.JacksonException;

/**
 * Turns every exception that reaches a controller into an RFC 9457 problem detail. Client
 * errors name what was wrong; server errors say nothing about internals and are logged
 * here.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ProblemAdvice.class);

	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
	ResponseEntity<ProblemDetail> handleDatabaseUnavailable(Exception ex) {
		logger.warn("PostgreSQL is unavailable: {}", ex.getMessage());
		return databaseUnavailable();
	}

	private static ResponseEntity<ProblemDetail> databaseUnavailable() {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.body(ProblemType.DATABASE_UNAVAILABLE.detail(
					"The catalog database cannot be reached, so changes cannot be saved now. Reads are still served. Try again shortly."));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> handleConflict(DataIntegrityViolationException ex) {
		logger.info("Write refused by a database constraint: {}", ex.getMostSpecificCause().getMessage());
		if (DatabaseFailures.uniqueViolation(ex)) {
			// A uniqueness race between two writers that both passed the checks; say so,
			// without SQL.
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(ProblemType.CONFLICT.detail(
						"The change conflicts with another change made at the same time (a name or code is taken). Read the catalog again and retry."));
		}
		// Any other refusal (a value too long, a character the database cannot store) is
		// about the request, not about another change.
		return ResponseEntity.badRequest()
			.body(ProblemType.INVALID_BODY.detail(
					"The request holds a value the catalog cannot store. Check the lengths and characters of its texts."));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> handleUnexpected(Exception ex) {
		if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			logger.debug("Client disconnected: {}", ex.getMessage());
			return null;
		}
		if (DatabaseFailures.lostTheDatabase(ex)) {
			// E.g. the connection died mid-transaction and the rollback failed too: still
			// an outage.
			logger.warn("PostgreSQL is unavailable: {}", ex.getMessage());
			return databaseUnavailable();
		}
		logger.error("Unexpected error", ex);
		return ResponseEntity.internalServerError().body(internalError());
	}

	static ProblemDetail internalError() {
		return ProblemType.INTERNAL_ERROR
			.detail("The service could not answer this request. The error has been logged.");
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		Class<?> required = (ex.getRequiredType() != null)
				? ClassUtils.resolvePrimitiveIfNecessary(ex.getRequiredType()) : Object.class;
		String expected = (required == Boolean.class) ? "true or false"
				: Number.class.isAssignableFrom(required) ? "a whole number in decimal digits" : "a valid value";
		ProblemDetail problem = ProblemType.INVALID_PARAMETER.detail(
				"Parameter '" + name + "' must be " + expected + ", not '" + ex.getValue() + "'.",
				Map.of("parameter", String.valueOf(name)));
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> Map.of("parameter", String.valueOf(result.getMethodParameter().getParameterName()),
						"message", messageOf(error))))
			.toList();
		String detail = errors.stream()
			.map((error) -> "Parameter '" + error.get("parameter") + "' " + error.get("message") + ".")
			.collect(Collectors.joining(" "));
		ProblemDetail problem = ProblemType.INVALID_PARAMETER.detail(detail, Map.of("errors", errors));
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		FieldError tooMany = tooManyElements(ex);
		if (tooMany != null) {
			int size = ((Collection<?>) tooMany.getRejectedValue()).size();
			ProblemDetail problem = ProblemType.BATCH_TOO_LARGE.detail(
					"'" + tooMany.getField() + "' " + messageOf(tooMany) + "; this one has " + size + ".",
					Map.of("limit", maxOf(tooMany), "size", size));
			return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
		}
		List<Map<String, String>> errors = ex.getBindingResult()
			.getAllErrors()
			.stream()
			.map((error) -> Map.of("field",
					(error instanceof FieldError field) ? field.getField() : error.getObjectName(), "message",
					messageOf(error)))
			.toList();
		String detail = errors.stream()
			.map((error) -> "'" + error.get("field") + "' " + error.get("message") + ".")
			.collect(Collectors.joining(" "));
		ProblemDetail problem = ProblemType.INVALID_BODY.detail(detail, Map.of("errors", errors));
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * A list longer than its {@code @Size(max)}: a batch too large, not a malformed one.
	 */
	private static FieldError tooManyElements(MethodArgumentNotValidException ex) {
		return ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.filter((error) -> "Size".equals(error.getCode()) && error.getRejectedValue() instanceof Collection)
			.findFirst()
			.orElse(null);
	}

	private static Object maxOf(FieldError error) {
		return (error.getArguments() != null && error.getArguments().length > 1) ? error.getArguments()[1] : null;
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.contains(RequestGuardFilter.BodyTooLargeException.class)) {
			return handleExceptionInternal(ex,
					ProblemType.PAYLOAD_TOO_LARGE.detail("The request body is larger than this service accepts."),
					headers, HttpStatus.CONTENT_TOO_LARGE, request);
		}
		if (ex.contains(RequestGuardFilter.BodyTooSlowException.class)) {
			// The rest of the body is not worth waiting for: the connection closes.
			headers.setConnection("close");
			return handleExceptionInternal(ex,
					ProblemType.REQUEST_TIMEOUT.detail("The request body arrived too slowly; send it at once."),
					headers, HttpStatus.REQUEST_TIMEOUT, request);
		}
		String detail = "The request body is not valid JSON of the expected shape.";
		Map<String, Object> facts = new LinkedHashMap<>();
		if (ex.getCause() instanceof JacksonException json && JsonPaths.of(json) != null) {
			facts.put("field", JsonPaths.of(json));
			detail = "The request body has an invalid value at '" + facts.get("field") + "'.";
		}
		else if (ex.getCause() == null && ex.getMessage() != null
				&& ex.getMessage().startsWith("Required request body")) {
			detail = "The request needs a JSON body.";
		}
		return handleExceptionInternal(ex, ProblemType.INVALID_BODY.detail(detail, facts), headers,
				HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			// The client went away mid-answer: nothing to send and nothing wrong here.
			logger.debug("Client disconnected: {}", ex.getMessage());
			return null;
		}
		if (statusCode.is5xxServerError()) {
			logger.error("Request failed", ex);
			return super.handleExceptionInternal(ex, internalError(), headers, statusCode, request);
		}
		if (body == null && ex instanceof ErrorResponse errorResponse) {
			body = errorResponse.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
		}
		if (body instanceof ProblemDetail problem
				&& (problem.getType() == null || URI.create("about:blank").equals(problem.getType()))) {
			ProblemType type = ProblemType.forStatus(statusCode.value());
			problem.setType(type.uri());
			problem.setTitle(type.title());
			if (ex instanceof NoResourceFoundException) {
				problem.setDetail(type.meaning());
			}
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	private static String messageOf(MessageSourceResolvable error) {
		return (error.getDefaultMessage() != null) ? error.getDefaultMessage() : "is invalid";
	}

}
