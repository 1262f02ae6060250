package se.pmo.tidbok.admin;

import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import se.pmo.tidbok.web.ProblemType;

/**
 * Binds the {@link IfMatch} of a change to an existing type from its header, which must
 * not be left out: without it (or blank) the change is refused with 428. A handler
 * declares it after the arguments bound from the path and the body, so that those are
 * refused first, as they always were.
 */
class IfMatchArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == IfMatch.class;
	}

	@Override
	public IfMatch resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binderFactory) {
		IfMatch ifMatch = IfMatch.parse(request.getHeader(HttpHeaders.IF_MATCH));
		if (ifMatch == null) {
			throw ProblemType.PRECONDITION_REQUIRED.exception(
					"Send If-Match with the ETag from your last GET of this type, so a change made meanwhile is not overwritten.",
					Map.of());
		}
		return ifMatch;
	}

}
