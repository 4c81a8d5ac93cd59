package org.baclofen.reference.fhir;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.OperationOutcome;
import org.hl7.fhir.r5.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r5.model.OperationOutcome.IssueType;
import org.hl7.fhir.r5.model.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Serves what {@link FhirResources} built: search bundles with their paging links, every
 * answer written by HAPI's JSON or XML parser with the asked summary, and the content
 * version as ETag and Last-Modified. Building a resource and serving it are kept apart so
 * the built resources can be cached per published revision.
 */
@Component
class FhirAnswers {

	private final FhirContext fhir;

	FhirAnswers(FhirContext fhir) {
		this.fhir = fhir;
	}

	/**
	 * A searchset of the page the search asks for: every match counted in total, its
	 * entries' full URLs and the links under the public base.
	 */
	Bundle searchSet(FhirSearch search, String typeUrl, List<Resource> matches) {
		Bundle bundle = new Bundle();
		bundle.setType(Bundle.BundleType.SEARCHSET);
		bundle.setTotal(matches.size());
		bundle.addLink().setRelation(Bundle.LinkRelationTypes.SELF).setUrl(search.link(typeUrl, search.offset()));
		if (search.output().summary() == FhirOutput.Summary.COUNT) {
			return bundle;
		}
		int from = Math.min(search.offset(), matches.size());
		int size = (search.count() == null) ? matches.size() : search.count();
		int to = Math.min(from + size, matches.size());
		if (search.count() != null) {
			bundle.addLink().setRelation(Bundle.LinkRelationTypes.FIRST).setUrl(search.link(typeUrl, 0));
			if (from > 0) {
				bundle.addLink()
					.setRelation(Bundle.LinkRelationTypes.PREVIOUS)
					.setUrl(search.link(typeUrl, Math.max(0, from - size)));
			}
			if (to < matches.size() && size > 0) {
				bundle.addLink().setRelation(Bundle.LinkRelationTypes.NEXT).setUrl(search.link(typeUrl, to));
			}
			int last = (size == 0 || matches.isEmpty()) ? 0 : ((matches.size() - 1) / size) * size;
			bundle.addLink().setRelation(Bundle.LinkRelationTypes.LAST).setUrl(search.link(typeUrl, last));
		}
		for (Resource resource : matches.subList(from, to)) {
			bundle.addEntry()
				.setFullUrl(typeUrl + "/" + resource.getIdPart())
				.setResource(resource)
				.getSearch()
				.setMode(Bundle.SearchEntryMode.MATCH);
		}
		return bundle;
	}

	/**
	 * 200 with the resource, the content version as ETag and its time as Last-Modified.
	 */
	ResponseEntity<byte[]> ok(IBaseResource resource, FhirOutput output, PublishedContent.Revision revision) {
		return ok(encode(resource, output), output, revision);
	}

	/** The same, for an answer already written. */
	ResponseEntity<byte[]> ok(byte[] body, FhirOutput output, PublishedContent.Revision revision) {
		HttpHeaders headers = new HttpHeaders();
		headers.setETag(revision.etag());
		headers.setLastModified(revision.changedAt());
		headers.setVary(List.of(HttpHeaders.ACCEPT));
		return ResponseEntity.ok().headers(headers).contentType(output.format().mediaType()).body(body);
	}

	ResponseEntity<byte[]> error(HttpStatus status, IssueType type, String message, FhirOutput.Format format) {
		return ResponseEntity.status(status)
			.contentType(format.mediaType())
			.body(encode(outcome(type, message), new FhirOutput(format, false, FhirOutput.Summary.FULL, Set.of())));
	}

	static OperationOutcome outcome(IssueType type, String message) {
		OperationOutcome outcome = new OperationOutcome();
		outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(message);
		Stamps.narrative(outcome, List.of(message));
		return outcome;
	}

	byte[] encode(IBaseResource resource, FhirOutput output) {
		IParser parser = (output.format() == FhirOutput.Format.XML) ? this.fhir.newXmlParser()
				: this.fhir.newJsonParser();
		parser.setPrettyPrint(output.pretty());
		switch (output.summary()) {
			case TRUE -> parser.setSummaryMode(true);
			case DATA -> parser.setSuppressNarratives(true);
			default -> {
			}
		}
		if (!output.elements().isEmpty()) {
			parser.setEncodeElements(
					output.elements().stream().map((element) -> "*." + element).collect(Collectors.toSet()));
			parser.setEncodeElementsAppliesToChildResourcesOnly(resource instanceof Bundle);
		}
		return parser.encodeResourceToString(resource).getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

}
