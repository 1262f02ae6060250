package se.pmo.tidbok.pages;

import java.time.ZoneId;
import java.util.function.Supplier;

import org.springframework.validation.BindingResult;

import se.pmo.tidbok.catalog.CatalogChangeRefusedException;
import se.pmo.tidbok.time.InvalidTimeException;

/**
 * Runs one change from a console form and puts each refusal of the service next to the
 * field it concerns, in Swedish ({@link Refusals}); the form keeps what the user entered.
 */
final class Attempt {

	private Attempt() {
	}

	/**
	 * The change's result, or {@code null} when it was refused and the refusals are in
	 * {@code errors}. A stale version is not caught: the caller shows what changed.
	 */
	static <T> T run(Supplier<T> change, BindingResult errors, ZoneId zone) {
		try {
			return change.get();
		}
		catch (InvalidTimeException ex) {
			reject(errors, Refusals.of(ex));
		}
		catch (CatalogChangeRefusedException.StaleVersion ex) {
			throw ex;
		}
		catch (CatalogChangeRefusedException ex) {
			Refusals.of(ex, zone).forEach((refusal) -> reject(errors, refusal));
		}
		return null;
	}

	private static void reject(BindingResult errors, Refusals.Refusal refusal) {
		if (refusal.field() != null) {
			errors.rejectValue(refusal.field(), "refused", refusal.message());
		}
		else {
			errors.reject("refused", refusal.message());
		}
	}

}
