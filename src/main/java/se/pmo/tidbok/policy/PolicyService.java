package se.pmo.tidbok.policy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Service;

import se.pmo.tidbok.catalog.AppointmentTypeDetails;
import se.pmo.tidbok.catalog.Catalog;
import se.pmo.tidbok.catalog.CatalogTimeline;
import se.pmo.tidbok.catalog.CatalogVersion;
import se.pmo.tidbok.catalog.UnknownAppointmentTypeException;
import se.pmo.tidbok.catalog.web.AppointmentTypeResponse;
import se.pmo.tidbok.config.ServiceClock;
import se.pmo.tidbok.policy.BookingHorizonRule.BookingDecision;
import se.pmo.tidbok.policy.SmsReminderRule.SmsReminderDecision;
import se.pmo.tidbok.time.InvalidTimeException;
import se.pmo.tidbok.time.TimeInput;
import se.pmo.tidbok.time.CalendarZone;
import se.pmo.tidbok.time.TimeOutput;

/**
 * Applies the 1177 patient rules to booked times, with each type as the catalog had it at
 * the evaluation instant (scheduled changes included). Pure computation over the
 * in-memory catalog, on typed values (codes and instants; reading the client's text is
 * the web edge's, {@link PolicyRequests}): it reads the time once per request, from the
 * injected clock, when the caller gives none.
 */
@Service
public class PolicyService {

	/** The most appointments one batch evaluation takes. */
	public static final int BATCH_LIMIT = 1000;

	private final Catalog catalog;

	private final Clock clock;

	private final RulesProperties properties;

	private final ZoneId zone;

	private final BookingHorizonRule bookingRule;

	private final CancellationRule cancellationRule;

	private final RebookingRule rebookingRule;

	private final SmsReminderRule smsReminderRule;

	private final RuleTexts texts;

	private final ServiceClock.Mode clockMode;

	PolicyService(Catalog catalog, Clock clock, RulesProperties properties, BookingHorizonRule bookingRule,
			CancellationRule cancellationRule, RebookingRule rebookingRule, SmsReminderRule smsReminderRule,
			ServiceClock serviceClock, CalendarZone calendar) {
		this.catalog = catalog;
		this.clock = clock;
		this.properties = properties;
		this.zone = calendar.zone();
		this.bookingRule = bookingRule;
		this.cancellationRule = cancellationRule;
		this.rebookingRule = rebookingRule;
		this.smsReminderRule = smsReminderRule;
		this.texts = new RuleTexts(properties, this.zone);
		this.clockMode = serviceClock.mode();
	}

	/**
	 * The rules at one evaluation instant, {@code null} for now (read once from the
	 * clock): what every time of one request is evaluated against.
	 */
	Evaluation at(Instant at) {
		return new Evaluation(this.catalog.timeline(), (at != null) ? at : Instant.now(this.clock));
	}

	/** The dates on which bookable times are offered at this instant (now when null). */
	BookingWindowResponse bookingWindow(Instant at) {
		BookingHorizonRule.BookingWindow window = this.bookingRule.window((at != null) ? at : Instant.now(this.clock));
		return new BookingWindowResponse(this.zone.getId(), window.firstBookableDate(), window.lastBookableDate(),
				this.properties.bookingHorizonDays());
	}

	/**
	 * The patient rules for times of this type in plain Swedish, with the configured
	 * parameters filled in: what the patient may do and, where not, why.
	 */
	public List<String> patientRules(AppointmentTypeDetails type) {
		return this.texts.forType(type);
	}

	/** The rule parameters in force and one sentence per rule. */
	public RulesResponse rules() {
		Instant now = Instant.now(this.clock);
		return new RulesResponse(this.zone.getId(), this.properties.bookingHorizon().toString(),
				this.properties.cancellationCutoff().toString(), this.properties.smsReminderLead().toString(),
				this.catalog.current(now).revision(), this.texts.all(),
				new RulesResponse.ClockReading(this.clockMode.label(), local(now)));
	}

	/**
	 * Applies every rule to one time of one type, as the catalog had it at {@code at};
	 * the SMS reminder by the type as it is when the reminder is due.
	 */
	private PolicyResponse decide(Evaluation catalog, CatalogVersion version, Instant start, Instant at,
			Instant bookedAt) {
		BookingDecision booking = this.bookingRule.evaluate(version.details(), start, at);
		CutoffDecision<CancellationReason> cancellation = this.cancellationRule.evaluate(version.details(), start, at);
		CutoffDecision<RebookingReason> rebooking = this.rebookingRule.evaluate(version.details(), start, at);
		CatalogVersion atSendAt = catalog.version(version, this.smsReminderRule.dueAt(start));
		SmsReminderDecision sms = this.smsReminderRule.evaluate(atSendAt.details(), start, bookedAt);
		return new PolicyResponse(AppointmentTypeResponse.from(version), local(start), local(at),
				new PolicyResponse.Booking(booking.allowed(), booking.reason(), booking.lastBookableDate()),
				new PolicyResponse.Cancellation(cancellation.allowed(), cancellation.reason(),
						local(cancellation.deadline()), this.texts.cancellationRefused(cancellation.reason())),
				new PolicyResponse.Rebooking(rebooking.allowed(), rebooking.reason(), local(rebooking.deadline()),
						this.texts.rebookingRefused(rebooking.reason())),
				new PolicyResponse.SmsReminder(sms.scheduled(), sms.reason(), local(sms.sendAt()), atSendAt.version()),
				version.version(), catalog.timeline().revision(), local(catalog.validUntil(version.code(), at, start)));
	}

	private OffsetDateTime local(Instant instant) {
		return TimeOutput.local(instant, this.zone);
	}

	/**
	 * The rules at one evaluation instant, with each type looked up in the catalog's
	 * timeline as this instance holds it (a snapshot of another instant would serialize
	 * the whole catalog for one type); the revision it carries is the one the answers
	 * cite. Finding the type and evaluating a time of it are two steps, so that the web
	 * edge reads a request in the order its faults are told: the code, then the times.
	 */
	final class Evaluation {

		private final CatalogTimeline timeline;

		private final Instant evaluatedAt;

		private Evaluation(CatalogTimeline timeline, Instant evaluatedAt) {
			this.timeline = timeline;
			this.evaluatedAt = evaluatedAt;
		}

		/**
		 * The type's version in force at the evaluation instant.
		 * @throws UnknownAppointmentTypeException when none is, or it is retired
		 */
		CatalogVersion type(String code) {
			return this.timeline.inForce(code, this.evaluatedAt)
				.filter((version) -> !version.retired())
				.orElseThrow(() -> new UnknownAppointmentTypeException(code));
		}

		/**
		 * Applies every rule to a time of this type that starts at {@code start} and was
		 * booked at {@code bookedAt} ({@code null}: at the evaluation instant).
		 */
		PolicyResponse evaluate(CatalogVersion type, Instant start, Instant bookedAt) {
			return decide(this, type, start, this.evaluatedAt, (bookedAt != null) ? bookedAt : this.evaluatedAt);
		}

		CatalogTimeline timeline() {
			return this.timeline;
		}

		/**
		 * The type's version in force at a later (or earlier) instant; the one at the
		 * evaluation instant when the type did not exist then.
		 */
		CatalogVersion version(CatalogVersion atEvaluation, Instant instant) {
			return this.timeline.inForce(atEvaluation.code(), instant).orElse(atEvaluation);
		}

		/**
		 * When the type next changes after {@code at}, if that is before the start: the
		 * decisions about {@code at} hold until then.
		 */
		Instant validUntil(String code, Instant at, Instant start) {
			Instant next = this.timeline.nextSwitch(code, at);
			return (next != null && next.isBefore(start)) ? next : null;
		}

	}

}
