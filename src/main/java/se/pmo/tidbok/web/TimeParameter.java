package se.pmo.tidbok.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A parameter read as a time, which is refused as an invalid, nonexistent or ambiguous
 * time; the OpenAPI description adds those problem types to the operation. Usable as a
 * meta-annotation.
 */
@Target({ ElementType.PARAMETER, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface TimeParameter {

}
