package se.pmo.tidbok.changeset;

import se.pmo.tidbok.web.RefusedException;

/**
 * A table or changeset the service refuses, with the {@link ChangesetRefusal} that says
 * why. Nothing is written when it is thrown.
 */
public final class ChangesetRefusedException extends RefusedException {

	ChangesetRefusedException(ChangesetRefusal refusal) {
		super(refusal);
	}

	@Override
	public ChangesetRefusal refusal() {
		return (ChangesetRefusal) super.refusal();
	}

}
