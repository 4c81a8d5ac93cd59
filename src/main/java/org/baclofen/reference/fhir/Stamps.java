package org.baclofen.reference.fhir;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.baclofen.reference.content.CitedContent;
import org.baclofen.reference.content.Source;
import org.hl7.fhir.r5.model.Attachment;
import org.hl7.fhir.r5.model.DateType;
import org.hl7.fhir.r5.model.DomainResource;
import org.hl7.fhir.r5.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r5.model.Narrative;
import org.hl7.fhir.r5.model.RelatedArtifact;

/**
 * What every published resource carries: when the published content last changed, when
 * its statements were last reviewed against their sources, the sources themselves as
 * citations, and a readable narrative.
 */
final class Stamps {

	private Stamps() {
	}

	/**
	 * @param revision the published content revision (meta.lastUpdated: when the server's
	 * copy last changed)
	 * @param lastReviewed when the statements were last checked against the sources (its
	 * own extension: a review is not a change)
	 */
	static void stamp(DomainResource resource, PublishedContent.Revision revision, LocalDate lastReviewed,
			Collection<Source> sources) {
		version(resource, revision);
		resource.addExtension(Vocabulary.LAST_REVIEW_DATE, new DateType(lastReviewed.toString()));
		sources.stream()
			.distinct()
			.sorted()
			.forEach((source) -> resource.addExtension(Vocabulary.RELATED_ARTIFACT, citation(source)));
	}

	/**
	 * When the server's copy last changed, and its version (the ETag of every response
	 * that carries it).
	 */
	static void version(DomainResource resource, PublishedContent.Revision revision) {
		resource.getMeta().setLastUpdated(Date.from(revision.changedAt())).setVersionId(revision.versionId());
	}

	static void stamp(DomainResource resource, PublishedContent.Revision revision, CitedContent item) {
		stamp(resource, revision, item.getLastReviewed(), item.getSources());
	}

	/**
	 * The oldest review among several items: everything in the resource was reviewed at
	 * least then.
	 */
	static LocalDate oldestReview(Collection<? extends CitedContent> items) {
		return items.stream().map(CitedContent::getLastReviewed).min(LocalDate::compareTo).orElseThrow();
	}

	static List<Source> sourcesOf(Collection<? extends CitedContent> items) {
		return items.stream().flatMap((item) -> item.getSources().stream()).distinct().sorted().toList();
	}

	/**
	 * A source as a citation: its code as the label, its title, and its primary address
	 * as the document.
	 */
	static RelatedArtifact citation(Source source) {
		RelatedArtifact citation = new RelatedArtifact().setType(RelatedArtifact.RelatedArtifactType.CITATION)
			.setLabel(source.getCode())
			.setDisplay(source.getTitle())
			.setPublicationStatus(PublicationStatus.ACTIVE);
		List<String> addresses = source.getAddresses();
		if (!addresses.isEmpty()) {
			citation.setDocument(new Attachment().setUrl(addresses.get(0)).setTitle(source.getTitle()));
		}
		if (addresses.size() > 1) {
			citation.setCitation(
					source.getTitle() + ". Also at: " + String.join(" ; ", addresses.subList(1, addresses.size())));
		}
		return citation;
	}

	/** A generated narrative of plain paragraphs, escaped. */
	static void narrative(DomainResource resource, Collection<String> paragraphs) {
		String body = paragraphs.stream()
			.filter((paragraph) -> paragraph != null && !paragraph.isBlank())
			.map((paragraph) -> "<p>" + escape(paragraph) + "</p>")
			.collect(Collectors.joining());
		resource.getText()
			.setStatus(Narrative.NarrativeStatus.GENERATED)
			.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">" + body + "</div>");
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
