package org.baclofen.reference.fhir;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.ClinicalUseDefinition.ClinicalUseDefinitionType;
import org.hl7.fhir.r5.model.OperationOutcome;
import org.hl7.fhir.r5.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r5.model.OperationOutcome.IssueType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The FHIR R5 read API. Every answer is FHIR JSON written by HAPI's parser, once per
 * published revision ({@link FhirResponses}); conditional requests are answered from the
 * content revision alone, before any content is read.
 */
@RestController
@RequestMapping("/fhir/r5")
class FhirController {

	static final MediaType FHIR_JSON = new MediaType("application", "fhir+json", StandardCharsets.UTF_8);

	/**
	 * Longest id any served resource has, with room to spare; longer ones are answered
	 * without a lookup.
	 */
	private static final int MAX_ID_LENGTH = 64;

	private final FhirResources resources;

	private final FhirResponses responses;

	private final FhirContext fhir;

	FhirController(FhirResources resources, FhirResponses responses, FhirContext fhir) {
		this.resources = resources;
		this.responses = responses;
		this.fhir = fhir;
	}

	@GetMapping("/metadata")
	ResponseEntity<byte[]> metadata() {
		return ok(encode(this.resources.capabilityStatement(baseUrl())), this.resources.revision());
	}

	@GetMapping("/MedicationKnowledge/{id}")
	ResponseEntity<byte[]> medicationKnowledge(@PathVariable String id, WebRequest request) {
		if (!MedicationKnowledgeMapper.ID.equals(id)) {
			return notFound("MedicationKnowledge", id);
		}
		return conditionally(request, () -> Optional.of(this.resources.medicationKnowledge()), "MedicationKnowledge",
				id, "MedicationKnowledge/" + id);
	}

	@GetMapping("/ClinicalUseDefinition")
	ResponseEntity<byte[]> clinicalUseDefinitions(@RequestParam(required = false) String type, WebRequest request) {
		ClinicalUseDefinitionType wanted = (type != null) ? parseType(type) : null;
		if (type != null && wanted == null) {
			return error(HttpStatus.BAD_REQUEST, IssueType.VALUE,
					"Unknown ClinicalUseDefinition type; use one of indication, contraindication, "
							+ "interaction, undesirable-effect, warning");
		}
		String self = baseUrl() + "/ClinicalUseDefinition" + ((wanted != null) ? "?type=" + wanted.toCode() : "");
		return conditionally(request,
				() -> Optional
					.of(FhirResources.searchSet(baseUrl(), self, this.resources.clinicalUseDefinitions(wanted))),
				"ClinicalUseDefinition", "", self);
	}

	@GetMapping("/ClinicalUseDefinition/{id}")
	ResponseEntity<byte[]> clinicalUseDefinition(@PathVariable String id, WebRequest request) {
		return conditionally(request, () -> this.resources.clinicalUseDefinition(id), "ClinicalUseDefinition", id,
				"ClinicalUseDefinition/" + id);
	}

	@GetMapping("/CodeSystem/{id}")
	ResponseEntity<byte[]> codeSystem(@PathVariable String id, WebRequest request) {
		return conditionally(request, () -> this.resources.codeSystem(id), "CodeSystem", id, "CodeSystem/" + id);
	}

	/**
	 * Answers from the revision alone when the client's copy is current (304), otherwise
	 * with the resource as serialised for this revision (reading it if nobody has asked
	 * yet); ids longer than any served are answered without a lookup.
	 * @param address everything the answer depends on besides the revision
	 */
	private ResponseEntity<byte[]> conditionally(WebRequest request, Supplier<Optional<? extends IBaseResource>> read,
			String type, String id, String address) {
		if (id.length() > MAX_ID_LENGTH) {
			return notFound(type, id);
		}
		PublishedContent.Revision revision = this.resources.revision();
		if (request.checkNotModified(revision.etag(), revision.changedAt().toEpochMilli())) {
			return null;
		}
		return this.responses.json(new FhirResponses.Address(revision, address), () -> read.get().map(this::encode))
			.map((json) -> ok(json, revision))
			.orElseGet(() -> notFound(type, id));
	}

	/**
	 * Anything else under the FHIR base is a FHIR 404, not the site's HTML error page.
	 */
	@RequestMapping("/**")
	ResponseEntity<byte[]> unknown() {
		return error(HttpStatus.NOT_FOUND, IssueType.NOTSUPPORTED,
				"This server serves MedicationKnowledge, ClinicalUseDefinition and CodeSystem only; see "
						+ "/fhir/r5/metadata");
	}

	private static ClinicalUseDefinitionType parseType(String code) {
		return Arrays.stream(ClinicalUseDefinitionType.values())
			.filter((type) -> type != ClinicalUseDefinitionType.NULL
					&& type.toCode().equals(code.strip().toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElse(null);
	}

	private ResponseEntity<byte[]> ok(byte[] json, PublishedContent.Revision revision) {
		HttpHeaders headers = new HttpHeaders();
		headers.setETag(revision.etag());
		headers.setLastModified(revision.changedAt());
		return ResponseEntity.ok().headers(headers).contentType(FHIR_JSON).body(json);
	}

	private ResponseEntity<byte[]> notFound(String type, String id) {
		String shown = (id.length() > MAX_ID_LENGTH) ? id.substring(0, MAX_ID_LENGTH) + "…" : id;
		return error(HttpStatus.NOT_FOUND, IssueType.NOTFOUND, type + "/" + shown + " is not known to this server");
	}

	private ResponseEntity<byte[]> error(HttpStatus status, IssueType type, String message) {
		return ResponseEntity.status(status).contentType(FHIR_JSON).body(encode(outcome(type, message)));
	}

	static OperationOutcome outcome(IssueType type, String message) {
		OperationOutcome outcome = new OperationOutcome();
		outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(message);
		Stamps.narrative(outcome, java.util.List.of(message));
		return outcome;
	}

	/** FHIR JSON in UTF-8, the bytes sent. */
	private byte[] encode(IBaseResource resource) {
		return this.fhir.newJsonParser().encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8);
	}

	private static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/fhir/r5").build().toUriString();
	}

}
