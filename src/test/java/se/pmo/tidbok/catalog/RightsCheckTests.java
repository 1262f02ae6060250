package se.pmo.tidbok.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RightsCheckTests {

	@Test
	void hiddenTypesCannotBeCancelledOrRebookedByThePatient() {
		RightsCheck.Result result = RightsCheck
			.check(new AppointmentTypeDetails("Dold tid", null, false, true, true, false));
		assertThat(result.errors()).extracting(RightsCheck.FieldError::field)
			.containsExactly("cancellableByPatient", "rebookableByPatient");
	}

	@Test
	void hiddenTypeNamedForOnlineBookingIsAllowedWithAWarning() {
		RightsCheck.Result result = RightsCheck
			.check(new AppointmentTypeDetails("Intern genomgång 1177", null, false, false, false, false));
		assertThat(result.errors()).isEmpty();
		assertThat(result.warnings()).singleElement().asString().contains("not visible");
	}

	@Test
	void rebookableButNotCancellableIsAllowedWithAWarning() {
		RightsCheck.Result result = RightsCheck
			.check(new AppointmentTypeDetails("Ombokning 1177", null, true, false, true, true));
		assertThat(result.errors()).isEmpty();
		assertThat(result.warnings()).singleElement().asString().contains("rebooking gives up the old time");
	}

	@Test
	void consistentRightsPassWithoutErrors() {
		assertThat(RightsCheck
			.check(new AppointmentTypeDetails("Mottagningstid med tolk", null, true, false, false, true)))
			.isEqualTo(new RightsCheck.Result(java.util.List.of(), java.util.List.of()));
		assertThat(RightsCheck.check(new AppointmentTypeDetails("Rast", null, false, false, false, false)).errors())
			.isEmpty();
	}

}
