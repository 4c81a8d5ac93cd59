package org.baclofen.reference.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * The only number forms the site accepts from outside: plain decimals and whole numbers
 * as people type them ({@code 45}, {@code 12.5}, {@code -1}). Exponents
 * ({@code 1e999999999}), hexadecimal ({@code 0x10}), and more digits than any field can
 * use are refused on the raw text, before anything is parsed, so that no input can make a
 * number whose value or printed form costs more than the input itself.
 * <p>
 * The way out is here too, so every page, message and export writes a number the same
 * way: {@link #text} for a reader, {@link #normal} for a value that is kept or
 * serialized.
 */
public final class PlainNumbers {

	/** Digits before the decimal point: more than any dose, count or CrCl needs. */
	public static final int MAX_INTEGER_DIGITS = 12;

	/** Digits after the decimal point: more than any stored column keeps (at most 3). */
	public static final int MAX_FRACTION_DIGITS = 6;

	/**
	 * Digits of a whole number: every one fits an int or a long id without overflow
	 * checks.
	 */
	public static final int MAX_WHOLE_DIGITS = 9;

	private static final int MAX_DECIMAL_LENGTH = 1 + MAX_INTEGER_DIGITS + 1 + MAX_FRACTION_DIGITS;

	private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d{1," + MAX_INTEGER_DIGITS + "}(\\.\\d{0,"
			+ MAX_FRACTION_DIGITS + "})?|\\.\\d{1," + MAX_FRACTION_DIGITS + "})");

	private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1," + MAX_WHOLE_DIGITS + "}");

	private PlainNumbers() {
	}

	/**
	 * @return the decimal the text spells, or null when it is not a plain, bounded
	 * decimal
	 */
	public static BigDecimal decimalOrNull(String text) {
		if (text == null || text.length() > MAX_DECIMAL_LENGTH || !DECIMAL.matcher(text).matches()) {
			return null;
		}
		return new BigDecimal(text);
	}

	/**
	 * @return the whole number the text spells, or null when it is not plain decimal
	 * digits within the bound
	 */
	public static Long wholeOrNull(String text) {
		if (text == null || text.length() > MAX_WHOLE_DIGITS + 1 || !WHOLE.matcher(text).matches()) {
			return null;
		}
		return Long.valueOf(text);
	}

	/**
	 * The value without trailing zeros and never in exponent form, so 20.00 prints (and
	 * serializes) as 20.
	 */
	public static BigDecimal normal(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	/**
	 * The value as a reader sees it in a sentence: to the hundredth at most (a computed
	 * 26.6667 reads 26.67), without trailing zeros, never in exponent form.
	 */
	public static String text(BigDecimal value) {
		return normal(value.setScale(2, RoundingMode.HALF_UP)).toPlainString();
	}

	/**
	 * How often a dose is taken, in the words every page, handout, export and card uses:
	 * "once a day", "twice a day", "3 times a day"; never "1 times".
	 */
	public static String timesADay(int timesPerDay) {
		return switch (timesPerDay) {
			case 1 -> "once a day";
			case 2 -> "twice a day";
			default -> timesPerDay + " times a day";
		};
	}

}
