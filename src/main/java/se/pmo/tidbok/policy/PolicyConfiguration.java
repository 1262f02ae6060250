package se.pmo.tidbok.policy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.pmo.tidbok.time.CalendarZone;
import se.pmo.tidbok.web.SingleValuedParameters;

/**
 * The rules, each made once from the configured parameters.
 */
@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

	@Bean
	BookingHorizonRule bookingHorizonRule(RulesProperties rules, CalendarZone calendar) {
		return new BookingHorizonRule(rules.bookingHorizonDays(), calendar.zone());
	}

	@Bean
	CancellationRule cancellationRule(RulesProperties rules) {
		return new CancellationRule(rules.cancellationCutoff());
	}

	@Bean
	RebookingRule rebookingRule(RulesProperties rules) {
		return new RebookingRule(rules.cancellationCutoff());
	}

	@Bean
	SmsReminderRule smsReminderRule(RulesProperties rules) {
		return new SmsReminderRule(rules.smsReminderLead());
	}

	@Bean
	SingleValuedParameters policyParameters() {
		return new SingleValuedParameters("start", "at", "bookedAt");
	}

}
