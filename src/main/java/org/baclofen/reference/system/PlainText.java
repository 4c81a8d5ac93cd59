package org.baclofen.reference.system;

import java.util.Locale;

import org.springframework.format.Formatter;

/**
 * Text accepted from outside carries no control characters other than tab and line
 * breaks: NUL is refused by PostgreSQL and silently stored by H2, and the others are
 * invisible on every page. Forms get a field error (see {@link FormBinding}); the JSON
 * APIs refuse the field (see {@link JsonInputConfiguration}).
 */
public final class PlainText {

	private PlainText() {
	}

	public static boolean hasControlCharacter(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the text has something a reader can see: a letter, digit, punctuation mark
	 * or symbol. Spaces, zero-width and other format characters, and combining marks on
	 * their own are not (a reason of {@code "\u200b"} is no reason).
	 */
	public static boolean hasVisibleText(String text) {
		return text != null && text.codePoints().anyMatch(PlainText::visible);
	}

	/**
	 * Whether the text holds a character nobody sees or types: a control or format
	 * character (the zero-width space and joiners), a line or paragraph separator, or a
	 * private, unassigned or lone surrogate code point.
	 */
	public static boolean hasInvisibleCharacter(String text) {
		return text.codePoints().anyMatch((codePoint) -> switch (Character.getType(codePoint)) {
			case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.UNASSIGNED, Character.SURROGATE,
					Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR ->
				true;
			default -> false;
		});
	}

	private static boolean visible(int codePoint) {
		return Character.isLetterOrDigit(codePoint) || switch (Character.getType(codePoint)) {
			case Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
					Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
					Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
					Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
					Character.OTHER_SYMBOL ->
				true;
			default -> false;
		};
	}

	/** Form text as typed, refused when it carries a control character. */
	static final class CheckedFormatter implements Formatter<String> {

		@Override
		public String print(String text, Locale locale) {
			return text;
		}

		@Override
		public String parse(String text, Locale locale) {
			if (hasControlCharacter(text)) {
				throw new IllegalArgumentException("Control character in text");
			}
			return text;
		}

	}

}
