package se.pmo.tidbok;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production code reads the time only through the injected {@link Clock} bean.
 */
class ClockUsageTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("se.pmo.tidbok");

	@Test
	void mainCodeNeverReadsTheSystemTimeDirectly() {
		assertThat(MAIN.size()).as("classes imported").isGreaterThan(20);
		assertThat(MAIN.stream()
			.flatMap((javaClass) -> javaClass.getMethodCallsFromSelf().stream())
			.filter(ClockUsageTests::readsTheTimeWithoutTheClock)
			.filter((call) -> !call.getOriginOwner().getSimpleName().equals("ClockConfiguration"))
			.map(JavaMethodCall::getDescription)).isEmpty();
	}

	@Test
	void onlyTheClockConfigurationCreatesASystemClock() {
		assertThat(MAIN.stream()
			.flatMap((javaClass) -> javaClass.getMethodCallsFromSelf().stream())
			.filter((call) -> call.getTargetOwner().isEquivalentTo(Clock.class) && call.getName().startsWith("system"))
			.map((call) -> call.getOriginOwner().getSimpleName())).containsOnly("ClockConfiguration").isNotEmpty();
	}

	private static boolean readsTheTimeWithoutTheClock(JavaMethodCall call) {
		boolean timeType = call.getTargetOwner().isEquivalentTo(Instant.class)
				|| call.getTargetOwner().isEquivalentTo(LocalDate.class)
				|| call.getTargetOwner().isEquivalentTo(LocalDateTime.class)
				|| call.getTargetOwner().isEquivalentTo(LocalTime.class)
				|| call.getTargetOwner().isEquivalentTo(OffsetDateTime.class)
				|| call.getTargetOwner().isEquivalentTo(ZonedDateTime.class);
		boolean now = call.getName().equals("now") && call.getTarget()
			.getRawParameterTypes()
			.stream()
			.noneMatch((type) -> type.isEquivalentTo(Clock.class));
		boolean systemClock = call.getTargetOwner().isEquivalentTo(System.class)
				&& (call.getName().equals("currentTimeMillis") || call.getName().equals("nanoTime"));
		return (timeType && now) || systemClock;
	}

}
