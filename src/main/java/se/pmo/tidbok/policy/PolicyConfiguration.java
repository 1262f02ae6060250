package se.pmo.tidbok.policy;

import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.pmo.tidbok.web.SingleValuedParameters;

/**
 * The rules, each made once from the configured parameters.
 */
@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

	/**
	 * The calendar where a day matters ({@code tidbok.rules.zone}), for every module that
	 * shows instants to people: they inject a {@link ZoneId}.
	 */
	@Bean
	ZoneId calendarZone(RulesProperties rules) {
		return rules.zone();
	}

	@Bean
	BookingHorizonRule bookingHorizonRule(RulesProperties rules) {
		return new BookingHorizonRule(rules.bookingHorizonDays(), rules.zone());
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
