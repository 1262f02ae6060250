package se.pmo.tidbok.web;

import java.beans.PropertyEditorSupport;
import java.util.function.LongFunction;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Whole numbers in paths and query strings (versions, pages, sizes) are plain decimal
 * digits. Spring's own reading also takes {@code 0x1}, {@code #1} and {@code 01} as 1
 * (its number editors decode hexadecimal and octal, and are tried whenever a converter
 * refuses), so one URL would name one thing by several spellings. These editors are tried
 * first; anything else is a 400 {@code invalid-parameter}.
 */
@ControllerAdvice
class PlainDecimalNumbers {

	/** At most 18 digits: every such number fits a long. */
	private static final int MAX_DIGITS = 18;

	@InitBinder
	void plainDecimal(WebDataBinder binder) {
		binder.registerCustomEditor(long.class, new Decimal((value) -> value));
		binder.registerCustomEditor(Long.class, new Decimal((value) -> value));
		binder.registerCustomEditor(int.class, new Decimal(Math::toIntExact));
		binder.registerCustomEditor(Integer.class, new Decimal(Math::toIntExact));
	}

	/**
	 * The number written in decimal digits, without sign, leading zeros or spaces.
	 * @throws IllegalArgumentException for any other text
	 */
	static long parse(String text) {
		boolean plain = !text.isEmpty() && text.length() <= MAX_DIGITS && (text.length() == 1 || text.charAt(0) != '0')
				&& text.chars().allMatch((c) -> c >= '0' && c <= '9');
		if (!plain) {
			throw new IllegalArgumentException("not a whole number in decimal digits");
		}
		return Long.parseLong(text);
	}

	private static final class Decimal extends PropertyEditorSupport {

		private final LongFunction<Object> type;

		Decimal(LongFunction<Object> type) {
			this.type = type;
		}

		@Override
		public void setAsText(String text) {
			setValue((text == null || text.isEmpty()) ? null : this.type.apply(parse(text)));
		}

	}

}
