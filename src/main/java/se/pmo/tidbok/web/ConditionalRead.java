package se.pmo.tidbok.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read that answers with an entity tag and with 304 to an If-None-Match that still
 * matches. The OpenAPI description adds the If-None-Match parameter, the ETag header of
 * the answer and the 304 answer.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ConditionalRead {

	/** What the entity tag of the answer stands for. */
	String etag();

	/** An entity tag as the header carries it, quotes included. */
	String example();

	/**
	 * An entity tag of an earlier answer, for the If-None-Match example, when it is not
	 * {@link #example()}.
	 */
	String earlier() default "";

	/** The description of the 304 answer. */
	String unchanged();

	/**
	 * Whether the answer is a catalog read: it carries the catalog revision (in the 304
	 * too) and how long caches may reuse it.
	 */
	boolean catalog() default false;

}
