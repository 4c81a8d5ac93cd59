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
