package se.pmo.tidbok.policy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import se.pmo.tidbok.catalog.AppointmentTypeDetails;

/**
 * The sentences that state the rules in force, for patients (Swedish) and integrators
 * (English), with the configured parameters filled in. They depend on configuration only,
 * so they are written once.
 */
final class RuleTexts {

	private final RulesProperties rules;

	private final ZoneId zone;

	private final String cancellationCutoffPassed;

	private final String rebookingCutoffPassed;

	private final List<RulesResponse.Rule> all;

	RuleTexts(RulesProperties rules, ZoneId zone) {
		this.rules = rules;
		this.zone = zone;
		String cutoff = swedish(rules.cancellationCutoff());
		this.cancellationCutoffPassed = "Tiden kan inte längre avbokas via 1177 eftersom det är mindre än " + cutoff
				+ " kvar. Kontakta mottagningen om du behöver avboka. Ett uteblivet besök debiteras.";
		this.rebookingCutoffPassed = "Tiden kan inte längre ombokas via 1177 eftersom det är mindre än " + cutoff
				+ " kvar. Kontakta mottagningen om du vill byta tid.";
		this.all = describe();
	}

	String cancellationRefused(CancellationReason reason) {
		return switch (reason) {
			case ALLOWED -> null;
			case NOT_CANCELLABLE_BY_PATIENT ->
				"Den här tiden kan inte avbokas via 1177. Kontakta mottagningen om du behöver avboka.";
			case CUTOFF_PASSED -> this.cancellationCutoffPassed;
		};
	}

	String rebookingRefused(RebookingReason reason) {
		return switch (reason) {
			case ALLOWED -> null;
			case NOT_REBOOKABLE_BY_PATIENT ->
				"Den här tiden kan inte ombokas via 1177. Kontakta mottagningen om du vill byta tid.";
			case CUTOFF_PASSED -> this.rebookingCutoffPassed;
		};
	}

	List<RulesResponse.Rule> all() {
		return this.all;
	}

	/**
	 * The rules that apply to times of this type, in Swedish, in the order booking,
	 * cancellation, rebooking, reminder, no-show: the sentences above, chosen by the
	 * type's rights, so a person reads what a patient may do with such a time and why
	 * not.
	 */
	List<String> forType(AppointmentTypeDetails type) {
		List<String> sentences = new ArrayList<>();
		if (type.bookableOnline()) {
			sentences.add(swedish("online-booking"));
			sentences.add(swedish("booking-horizon"));
		}
		else {
			sentences.add("Patienten kan inte boka tider av den här typen själv via 1177: " + (type.visibleToPatient()
					? "namnet slutar inte på \"1177\"." : "typen är inte synlig för patienten."));
		}
		if (type.cancellableByPatient()) {
			sentences.add(swedish("cancellation-cutoff"));
		}
		else {
			sentences.add(cancellationRefused(CancellationReason.NOT_CANCELLABLE_BY_PATIENT));
			sentences.add(swedish("clinic-cancels"));
		}
		sentences.add(type.rebookableByPatient() ? swedish("rebooking")
				: rebookingRefused(RebookingReason.NOT_REBOOKABLE_BY_PATIENT));
		sentences.add(type.smsReminder() ? swedish("sms-reminder")
				: "Ingen sms-påminnelse skickas för tider av den här typen.");
		sentences.add(swedish("no-show"));
		return List.copyOf(sentences);
	}

	private String swedish(String id) {
		return this.all.stream().filter((rule) -> rule.id().equals(id)).findFirst().orElseThrow().sv();
	}

	private List<RulesResponse.Rule> describe() {
		int days = this.rules.bookingHorizonDays();
		String cutoffSv = swedish(this.rules.cancellationCutoff());
		String cutoffEn = english(this.rules.cancellationCutoff());
		String leadSv = swedish(this.rules.smsReminderLead());
		String leadEn = english(this.rules.smsReminderLead());
		String zone = this.zone.getId();
		return List.of(new RulesResponse.Rule("online-booking",
				"Tidbokstyper vars namn slutar på \"1177\" och som är synliga för patienten kan patienten boka själv via e-tjänsterna på 1177.",
				"Types that are visible to the patient and whose name ends in \"1177\" can be booked by patients through the 1177 e-services."),
				new RulesResponse.Rule("booking-horizon",
						"Bokningsbara tider erbjuds " + days + " dagar framåt, till och med dagens datum plus " + days
								+ " dagar (" + zone + "). Tider som redan har börjat kan inte bokas.",
						"Bookable times are offered " + days + " days ahead: up to and including today's date plus "
								+ days + " days (" + zone + "). Times that have already started cannot be booked."),
				new RulesResponse.Rule("cancellation-cutoff",
						"Patienten kan avboka fram till " + cutoffSv
								+ " före bokad tid. Senare än så uppmanas patienten att kontakta mottagningen.",
						"The patient may cancel until " + cutoffEn + " before the booked time, exactly " + cutoffEn
								+ " before included; later, the patient must contact the clinic."),
				new RulesResponse.Rule("clinic-cancels",
						"Tider av typer som inte är avbokningsbara för patienten, som Mottagningstid med tolk, avbokas bara av mottagningen, eftersom tolken måste avbokas av mottagningen.",
						"Times of types the patient may not cancel, such as Mottagningstid med tolk, are cancelled only by the clinic, because the clinic must cancel the interpreter."),
				new RulesResponse.Rule("rebooking",
						"Patienten kan omboka tider av ombokningsbara typer fram till " + cutoffSv
								+ " före bokad tid, samma gräns som för avbokning.",
						"The patient may rebook times of rebookable types until " + cutoffEn
								+ " before the booked time, the same cutoff as for cancellation."),
				new RulesResponse.Rule("sms-reminder", "Sms-påminnelse skickas " + leadSv
						+ " före bokad tid för typer med sms-påminnelse. En tid som bokas senare än så får ingen påminnelse.",
						"For types with an SMS reminder, the reminder is sent " + leadEn
								+ " before the booked time. A time booked later than that gets no reminder."),
				new RulesResponse.Rule("no-show", "Uteblivet besök debiteras enligt regionens regelverk.",
						"A missed visit is billed according to the regional rules; this service computes no fee."));
	}

	static String swedish(Duration duration) {
		return amount(duration, "timme", "timmar", "minut", "minuter");
	}

	static String english(Duration duration) {
		return amount(duration, "hour", "hours", "minute", "minutes");
	}

	private static String amount(Duration duration, String hour, String hours, String minute, String minutes) {
		if (duration.toMinutesPart() == 0 && duration.toSecondsPart() == 0 && duration.toNanosPart() == 0) {
			long h = duration.toHours();
			return h + " " + ((h == 1) ? hour : hours);
		}
		long m = duration.toMinutes();
		return m + " " + ((m == 1) ? minute : minutes);
	}

}
