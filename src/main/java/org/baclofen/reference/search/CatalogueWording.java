package org.baclofen.reference.search;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the code tokens the catalogue's SQL leaves in titles and text into the words
 * pages use for them (INTRATHECAL_INJECTION becomes "Intrathecal injection"). A code
 * without a message, such as a severity scale an editor added, is still shown as words
 * rather than as a code.
 */
@Component
class CatalogueWording {

	static final String TOKEN_START = "{code:";

	static final String TOKEN_END = "}";

	private static final Pattern TOKEN = Pattern
		.compile(Pattern.quote(TOKEN_START) + "([A-Za-z.]+\\.)([A-Za-z0-9_]+)" + Pattern.quote(TOKEN_END));

	private final MessageSource messages;

	CatalogueWording(MessageSource messages) {
		this.messages = messages;
	}

	String words(String text) {
		if (text == null || !text.contains(TOKEN_START)) {
			return text;
		}
		Matcher matcher = TOKEN.matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String code = matcher.group(2);
			String words = this.messages.getMessage(matcher.group(1) + code, null, plainWords(code), Locale.ENGLISH);
			matcher.appendReplacement(result, Matcher.quoteReplacement(words));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	/** DRUGS_COM becomes "Drugs com": readable, if not as good as a message. */
	static String plainWords(String code) {
		String spaced = code.replace('_', ' ').strip().toLowerCase(Locale.ROOT);
		return spaced.isEmpty() ? code : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

}
