package org.baclofen.reference.changelog;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.baclofen.reference.system.PublicSite;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The site's published changes as an Atom 1.0 feed (RFC 4287), so a pharmacy can follow
 * updates in a feed reader. Ids are tag URIs (stable whatever host serves the feed);
 * links are absolute, from the configured public address ({@link PublicSite}), so a
 * reader that keeps an entry away from the feed can still follow it, and no request
 * header ever ends up in a cached feed.
 */
@Component
class AtomFeed {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	static final String ID_PREFIX = "tag:baclofen-reference,2026:";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final MessageSource messages;

	private final PublicSite site;

	AtomFeed(MessageSource messages, PublicSite site) {
		this.messages = messages;
		this.site = site;
	}

	String of(List<PublishedChange> changes, Instant updated) {
		StringWriter text = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			element(xml, "id", ID_PREFIX + "changes");
			element(xml, "title", message("changes.feed.title"));
			element(xml, "subtitle", message("changes.intro"));
			element(xml, "updated", date(updated));
			link(xml, "self", "/changes.atom");
			link(xml, "alternate", "/changes");
			xml.writeStartElement("author");
			element(xml, "name", message("app.name"));
			xml.writeEndElement();
			for (PublishedChange change : changes) {
				xml.writeStartElement("entry");
				element(xml, "id",
						ID_PREFIX + "change/" + change.revision() + "/" + change.kind() + "/" + change.itemId());
				element(xml, "title", message("changes.entryTitle", message("admin.kind." + change.kind()),
						change.title(), message("changes.type." + change.type())));
				element(xml, "updated", date(change.at()));
				if (change.type() != PublishedChange.Type.REMOVED) {
					link(xml, "alternate", "/changes/" + change.kind() + "/" + change.itemId());
				}
				element(xml, "summary", summary(change));
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("The change feed could not be written", ex);
		}
		return text.toString();
	}

	/** What changed in words: the fields, the review, the sources. */
	String summary(PublishedChange change) {
		StringBuilder summary = new StringBuilder(message("changes.type." + change.type()));
		if (!change.changes().isEmpty()) {
			summary.append(": ").append(change.fieldLabels());
		}
		summary.append('.');
		if (change.reviewedOn() != null) {
			summary.append(' ').append(message("changes.reviewedOn", DAY.format(change.reviewedOn())));
		}
		if (!change.sources().isEmpty()) {
			summary.append(' ')
				.append(message("changes.sourcesAt",
						String.join(", ", change.sources().stream().map(PublishedChange.CitedSource::code).toList())));
		}
		return summary.toString();
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, Locale.ENGLISH);
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private void link(XMLStreamWriter xml, String rel, String path) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", this.site.link(path));
	}

	private static String date(Instant at) {
		return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
	}

}
