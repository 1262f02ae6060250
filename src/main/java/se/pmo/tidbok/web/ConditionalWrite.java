package se.pmo.tidbok.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A change that needs If-Match: refused with 428 without it and with 412 when it is
 * stale. The OpenAPI description adds the If-Match parameter (optional, so that Swagger
 * UI sends a change without it and the service answers with the 428 that says what to
 * send), the ETag header of the answer, the 412 and 428 answers and their problem types.
 * Usable as a meta-annotation.
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ConditionalWrite {

	/** What to send as If-Match, and what happens without it. */
	String ifMatch();

	/** Why a stale If-Match is refused: the 412 answer. */
	String stale();

	/** What the entity tag of the answer stands for. */
	String etag();

	/** An entity tag as the header carries it, quotes included. */
	String example();

	/** Whether every answer on success carries an entity tag. */
	boolean tagged() default true;

}
