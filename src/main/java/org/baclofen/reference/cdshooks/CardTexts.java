package org.baclofen.reference.cdshooks;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** The words of the cards, from messages.properties like every other text of the app. */
final class CardTexts {

	private final MessageSource messages;

	CardTexts(MessageSource messages) {
		this.messages = messages;
	}

	String get(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

}
