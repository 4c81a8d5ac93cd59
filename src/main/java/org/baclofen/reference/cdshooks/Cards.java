package org.baclofen.reference.cdshooks;

import java.util.List;
import java.util.function.Function;

import org.baclofen.reference.cdshooks.CdsHooks.Card;
import org.baclofen.reference.cdshooks.CdsHooks.Indicator;

/**
 * Makes the cards of one answer, all alike: a uuid that says the card's kind (for
 * feedback), the summary cut to the specification's limit, the source and a link to the
 * app's page for the kind (or a more precise one), both absolute under the public
 * address, and on every critical card the reasons a clinician may give for overriding it.
 */
public final class Cards {

	private static final String SOURCE_LABEL = "Baclofen Reference";

	private final Function<String, String> absolute;

	private final Function<CardKind, String> linkLabels;

	private final List<CdsHooks.Coding> overrideReasons;

	/**
	 * @param absolute a path of the app as an absolute URL under the public address
	 * @param linkLabels the words a link to a kind's page is shown with
	 * @param overrideReasons the reasons offered on critical cards
	 */
	public Cards(Function<String, String> absolute, Function<CardKind, String> linkLabels,
			List<CdsHooks.Coding> overrideReasons) {
		this.absolute = absolute;
		this.linkLabels = linkLabels;
		this.overrideReasons = List.copyOf(overrideReasons);
	}

	/** A card whose source and link are the kind's page. */
	public Card card(CardKind kind, String summary, String detail, Indicator indicator) {
		return card(kind, summary, detail, indicator, kind.page(), List.of());
	}

	/**
	 * A card whose source and link are the given page of the app (an anchor on the kind's
	 * page, say), with its suggestions.
	 */
	public Card card(CardKind kind, String summary, String detail, Indicator indicator, String path,
			List<CdsHooks.Suggestion> suggestions) {
		String url = this.absolute.apply(path);
		return new Card(kind.newUuid().toString(), summary(summary), detail, indicator,
				new CdsHooks.Source(SOURCE_LABEL, url), suggestions, suggestions.isEmpty() ? null : "at-most-one",
				(indicator == Indicator.critical) ? this.overrideReasons : List.of(),
				List.of(new CdsHooks.Link(this.linkLabels.apply(kind), url, "absolute")));
	}

	/** The same card without its suggestions. */
	static Card withoutSuggestions(Card card) {
		return new Card(card.uuid(), card.summary(), card.detail(), card.indicator(), card.source(), List.of(), null,
				card.overrideReasons(), card.links());
	}

	/** Shortened at a word to fit the specification's limit. */
	static String summary(String text) {
		if (text.length() <= Card.MAX_SUMMARY) {
			return text;
		}
		String cut = text.substring(0, Card.MAX_SUMMARY - 1);
		int space = cut.lastIndexOf(' ');
		return ((space > Card.MAX_SUMMARY / 2) ? cut.substring(0, space) : cut) + "…";
	}

}
