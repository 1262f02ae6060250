package se.pmo.tidbok.policy;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A batch of booked times to evaluate at one instant.
 */
@Schema(name = "PolicyEvaluationRequest")
public record PolicyEvaluationRequest(@Schema(
		description = "The times to evaluate, at most " + PolicyService.BATCH_LIMIT,
		requiredMode = Schema.RequiredMode.REQUIRED) @NotNull(
				message = "is required: a list of at most " + PolicyService.BATCH_LIMIT + " appointments") @Size(
						max = PolicyService.BATCH_LIMIT,
						message = "holds at most {max} appointments; split the batch into several calls") List<Appointment> appointments,
		@Schema(description = "Evaluation instant for all of them; now when left out",
				example = "2026-03-20T09:30:00+01:00", nullable = true) String at) {

	@Schema(name = "PolicyEvaluationAppointment")
	public record Appointment(
			@Schema(description = "Code of the appointment type", example = "lakare-besok-ej-akut-1177",
					requiredMode = Schema.RequiredMode.REQUIRED) String appointmentTypeCode,
			@Schema(description = "Start of the time, ISO-8601", example = "2026-03-29T10:00:00+02:00",
					requiredMode = Schema.RequiredMode.REQUIRED) String start,
			@Schema(description = "When the time was booked; defaults to the evaluation instant",
					example = "2026-03-01T12:00:00+01:00", nullable = true) String bookedAt) {
	}

}
