package se.pmo.tidbok.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import se.pmo.tidbok.web.ConditionalWrite;

/**
 * A change to an existing type: it needs If-Match with the type's ETag, and answers with
 * the type's new version and its ETag.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalWrite(
		ifMatch = "The ETag from your last read of this type (getAdminAppointmentType), e.g. \"3\". "
				+ "Send it: without it the change is refused with 428; with a stale one, with 412.",
		stale = TypeChange.STALE, etag = TypeChange.ETAG, example = "\"1\"")
@interface TypeChange {

	/** The 412 of a change to a type. */
	String STALE = "The type changed since you read it";

	/** The ETag of an answer with a type. */
	String ETAG = "Strong entity tag: the type's version, to send as If-Match with the next change";

}
