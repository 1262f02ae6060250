package se.pmo.tidbok.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem types an endpoint answers with, beyond those every endpoint of its kind
 * shares (a body, query parameters, an administrator), which the OpenAPI description adds
 * by itself. The description documents each status with its types and one example per
 * type.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface DocumentedProblems {

	ProblemType[] value();

}
