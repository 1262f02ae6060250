package se.pmo.tidbok.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Parameter;

import se.pmo.tidbok.time.TimeInput;
import se.pmo.tidbok.web.TimeParameter;

/** When an administrator's change to a type takes effect. */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TimeParameter
@Parameter(description = "When the change takes effect; never sooner than the propagation delay from now "
		+ "(tidbok.catalog.propagation-delay, 2 s by default), and exactly then when left out: the answer's effectiveFrom says when. "
		+ "A change takes effect after the type's last pending change (changes append to the end of its timeline). "
		+ TimeInput.DAY_OR_TIME_FORMATS, example = "2026-12-07T00:00:00+01:00")
@interface EffectiveFrom {

}
