package se.pmo.tidbok.policy;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Why a patient may or may not book a time. A closed set: integrations switch on it.
 */
@Schema(description = """
		ALLOWED: the patient may book the time. \
		NOT_BOOKABLE_ONLINE: the type cannot be booked through the 1177 e-services (not visible to the patient, or its name does not end in " 1177"). \
		IN_THE_PAST: the time has already started. \
		BEYOND_HORIZON: the time starts after the last bookable date (today + 56 days, Europe/Stockholm).""")
public enum BookingReason {

	ALLOWED, NOT_BOOKABLE_ONLINE, IN_THE_PAST, BEYOND_HORIZON

}
