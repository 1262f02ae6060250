package se.pmo.tidbok.policy;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Why a patient may or may not cancel a booked time. A closed set: integrations switch on
 * it.
 */
@Schema(description = """
		ALLOWED: the patient may cancel the time on 1177. \
		NOT_CANCELLABLE_BY_PATIENT: times of this type are never cancelled by the patient (e.g. Mottagningstid med tolk: the clinic must cancel the interpreter). \
		CUTOFF_PASSED: less than 24 hours remain; the patient must contact the clinic.""")
public enum CancellationReason {

	ALLOWED, NOT_CANCELLABLE_BY_PATIENT, CUTOFF_PASSED

}
