package se.pmo.tidbok.policy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import se.pmo.tidbok.catalog.AppointmentTypeDetails;
import se.pmo.tidbok.catalog.AppointmentTypeResponse;
import se.pmo.tidbok.catalog.Catalog;
import se.pmo.tidbok.catalog.CatalogEntry;
import se.pmo.tidbok.catalog.CatalogTimeline;
import se.pmo.tidbok.catalog.CatalogVersion;
import se.pmo.tidbok.catalog.UnknownAppointmentTypeException;
import se.pmo.tidbok.config.ServiceClock;
import se.pmo.tidbok.policy.BookingHorizonRule.BookingDecision;
import se.pmo.tidbok.policy.SmsReminderRule.SmsReminderDecision;
import se.pmo.tidbok.time.CalendarZone;
import se.pmo.tidbok.time.InvalidTimeException;
import se.pmo.tidbok.time.TimeInput;
import se.pmo.tidbok.time.TimeOutput;

/**
 * Applies the 1177 patient rules to booked times, with each type as the catalog had it at
 * the evaluation instant (scheduled changes included). Pure computation over the
 * in-memory catalog: it reads the time once per request, from the injected clock, when
 * the caller gives none.
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
	 * Evaluates one time of the type with this code; the times are as the client sent
	 * them.
	 */
	public PolicyResponse evaluate(String code, String start, String at, String bookedAt) {
		Instant evaluatedAt = evaluationInstant(at);
		CatalogAt catalog = catalogAt(evaluatedAt);
		return decide(catalog, catalog.type(code), TimeInput.parse("start", start, this.zone), evaluatedAt,
				(bookedAt != null) ? TimeInput.parse("bookedAt", bookedAt, this.zone) : evaluatedAt);
	}

	/**
	 * Evaluates a batch at one instant. Each element of the answer is the policy of the
	 * appointment at the same position, or the problem when only that appointment is
	 * wrong.
	 */
	public List<PolicyEvaluationResult> evaluateAll(PolicyEvaluationRequest request) {
		Instant evaluatedAt = evaluationInstant(request.at());
		CatalogAt catalog = catalogAt(evaluatedAt);
		List<PolicyEvaluationResult> results = new ArrayList<>(request.appointments().size());
		for (int i = 0; i < request.appointments().size(); i++) {
			try {
				results.add(new PolicyEvaluationResult.Evaluated(i,
						evaluateElement(catalog, i, request.appointments().get(i), evaluatedAt)));
			}
			catch (InvalidTimeException | InvalidAppointmentException | UnknownAppointmentTypeException ex) {
				results.add(new PolicyEvaluationResult.Failed(i, PolicyProblems.problem(ex)));
			}
		}
		return results;
	}

	private PolicyResponse evaluateElement(CatalogAt catalog, int index,
			PolicyEvaluationRequest.Appointment appointment, Instant evaluatedAt) {
		String prefix = "appointments[" + index + "]";
		if (appointment == null || appointment.appointmentTypeCode() == null
				|| appointment.appointmentTypeCode().isBlank()) {
			throw new InvalidAppointmentException(prefix + ".appointmentTypeCode",
					"'" + prefix + ".appointmentTypeCode' is required.");
		}
		CatalogVersion type = catalog.type(appointment.appointmentTypeCode());
		Instant start = TimeInput.parse(prefix + ".start", appointment.start(), this.zone);
		Instant bookedAt = (appointment.bookedAt() != null)
				? TimeInput.parse(prefix + ".bookedAt", appointment.bookedAt(), this.zone) : evaluatedAt;
		return decide(catalog, type, start, evaluatedAt, bookedAt);
	}

	/** The dates on which bookable times are offered at this instant (now when null). */
	public BookingWindowResponse bookingWindow(String at) {
		BookingHorizonRule.BookingWindow window = this.bookingRule.window(evaluationInstant(at));
		return new BookingWindowResponse(this.zone.getId(), window.firstBookableDate(), window.lastBookableDate(),
				this.properties.bookingHorizonDays());
	}

	/** The rule parameters in force and one sentence per rule. */
	/**
	 * The patient rules for times of this type in plain Swedish, with the configured
	 * parameters filled in: what the patient may do and, where not, why.
	 */
	public List<String> patientRules(AppointmentTypeDetails type) {
		return this.texts.forType(type);
	}

	public RulesResponse rules() {
		Instant now = Instant.now(this.clock);
		return new RulesResponse(this.zone.getId(), this.properties.bookingHorizon().toString(),
				this.properties.cancellationCutoff().toString(), this.properties.smsReminderLead().toString(),
				this.catalog.current(now).revision(), this.texts.all(),
				new RulesResponse.ClockReading(this.clockMode.label(), local(now)));
	}

	private Instant evaluationInstant(String at) {
		return (at != null) ? TimeInput.parse("at", at, this.zone) : Instant.now(this.clock);
	}

	/**
	 * The catalog's timeline as this instance holds it: each type's version at any
	 * instant is looked up there (a snapshot of another instant would serialize the whole
	 * catalog for one type). The revision it carries is the one the answer cites.
	 */
	private CatalogAt catalogAt(Instant evaluatedAt) {
		return new CatalogAt(this.catalog.timeline(), evaluatedAt);
	}

	/**
	 * Applies every rule to one time of one type, as the catalog had it at {@code at};
	 * the SMS reminder by the type as it is when the reminder is due.
	 */
	private PolicyResponse decide(CatalogAt catalog, CatalogVersion version, Instant start, Instant at,
			Instant bookedAt) {
		CatalogEntry type = version.toEntry();
		BookingDecision booking = this.bookingRule.evaluate(type.details(), start, at);
		CutoffDecision<CancellationReason> cancellation = this.cancellationRule.evaluate(type.details(), start, at);
		CutoffDecision<RebookingReason> rebooking = this.rebookingRule.evaluate(type.details(), start, at);
		CatalogVersion atSendAt = catalog.version(version, this.smsReminderRule.dueAt(start));
		SmsReminderDecision sms = this.smsReminderRule.evaluate(atSendAt.details(), start, bookedAt);
		return new PolicyResponse(AppointmentTypeResponse.from(type), local(start), local(at),
				new PolicyResponse.Booking(booking.allowed(), booking.reason(), booking.lastBookableDate()),
				new PolicyResponse.Cancellation(cancellation.allowed(), cancellation.reason(),
						local(cancellation.deadline()), this.texts.cancellationRefused(cancellation.reason())),
				new PolicyResponse.Rebooking(rebooking.allowed(), rebooking.reason(), local(rebooking.deadline()),
						this.texts.rebookingRefused(rebooking.reason())),
				new PolicyResponse.SmsReminder(sms.scheduled(), sms.reason(), local(sms.sendAt()), atSendAt.version()),
				type.version(), catalog.timeline().revision(), local(catalog.validUntil(version.code(), at, start)));
	}

	private OffsetDateTime local(Instant instant) {
		return TimeOutput.local(instant, this.zone);
	}

	/**
	 * What the rules read of the catalog: the timeline, and the evaluation instant at
	 * which each type is looked up.
	 */
	private record CatalogAt(CatalogTimeline timeline, Instant evaluatedAt) {

		/** The type's version in force at the evaluation instant, unless retired. */
		CatalogVersion type(String code) {
			return this.timeline.inForce(code, this.evaluatedAt)
				.filter((version) -> !version.retired())
				.orElseThrow(() -> new UnknownAppointmentTypeException(code));
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
