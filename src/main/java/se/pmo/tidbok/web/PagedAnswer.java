package se.pmo.tidbok.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An answer that is one page of a list, with the {@link Paging} headers and an entity tag
 * of the page, answered with 304 to an If-None-Match that still matches. The OpenAPI
 * description adds the headers, the If-None-Match parameter and the 304 answer.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PagedAnswer {

	/** What {@code X-Total-Count} counts. */
	String total();

	/** An example count. */
	int example();

	/** An entity tag of a page, as the header carries it, quotes included. */
	String etag();

}
