package se.pmo.tidbok.web;

import java.time.ZoneOffset;

/** Carries a {@link Refusal} out of the code that refused; nothing is written then. */
public final class RefusedException extends RuntimeException {

	private final transient Refusal refusal;

	public RefusedException(Refusal refusal) {
		this.refusal = refusal;
	}

	public Refusal refusal() {
		return this.refusal;
	}

	/** The detail, with times in UTC: for logs, not for clients. */
	@Override
	public String getMessage() {
		return this.refusal.problem(ZoneOffset.UTC).getDetail();
	}

}
