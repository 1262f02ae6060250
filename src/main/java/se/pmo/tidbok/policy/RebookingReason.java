package se.pmo.tidbok.policy;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Why a patient may or may not rebook a booked time. A closed set: integrations switch on
 * it.
 */
@Schema(description = """
		ALLOWED: the patient may rebook the time on 1177. \
		NOT_REBOOKABLE_BY_PATIENT: times of this type are never rebooked by the patient. \
		CUTOFF_PASSED: less than 24 hours remain; the patient must contact the clinic.""")
public enum RebookingReason {

	ALLOWED, NOT_REBOOKABLE_BY_PATIENT, CUTOFF_PASSED

}
