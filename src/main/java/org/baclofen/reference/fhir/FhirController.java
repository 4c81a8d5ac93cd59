package org.baclofen.reference.fhir;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.baclofen.reference.system.PublicSite;
import org.hl7.fhir.r5.model.OperationOutcome.IssueType;
import org.hl7.fhir.r5.model.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The FHIR R5 read API: the CapabilityStatement, read and search (GET, or POST
 * [type]/_search with form parameters) for each {@link ServedType}. Links are built from
 * the configured public address, never from the request's Host header; conditional
 * requests are answered from the content revision once the resource is known to exist.
 * Resources are built once per published revision and each answer written once
 * ({@link FhirResponses}).
 */
@RestController
@RequestMapping("/fhir/r5")
class FhirController {

	/**
	 * Longest id any served resource has, with room to spare; longer ones are answered
	 * without a lookup.
	 */
	private static final int MAX_ID_LENGTH = 64;

	private final FhirResources resources;

	private final FhirAnswers answers;

	private final FhirResponses responses;

	private final PublicSite publicSite;

	private final FhirSettings settings;

	FhirController(FhirResources resources, FhirAnswers answers, FhirResponses responses, PublicSite publicSite,
			FhirSettings settings) {
		this.resources = resources;
		this.answers = answers;
		this.responses = responses;
		this.publicSite = publicSite;
		this.settings = settings;
	}

	@GetMapping("/metadata")
	ResponseEntity<byte[]> metadata(HttpServletRequest request) {
		FhirOutput output = FhirSearch.parseRead("metadata", parameters(request), accept(request));
		return this.answers.ok(this.resources.capabilityStatement(baseUrl()), output, this.resources.revision());
	}

	@GetMapping({ "/{type}", "/{type}/_search" })
	ResponseEntity<byte[]> search(@PathVariable String type, HttpServletRequest request, WebRequest web) {
		ServedType served = served(type);
		FhirSearch search = FhirSearch.parse(served, parameters(request), accept(request), this.settings.maxPageSize());
		PublishedContent.Revision revision = this.resources.revision();
		if (web.checkNotModified(revision.etag(), revision.changedAt().toEpochMilli())) {
			return null;
		}
		String typeUrl = baseUrl() + "/" + served.name();
		FhirResponses.Address address = new FhirResponses.Address(revision, search.link(typeUrl, search.offset()),
				search.output());
		return this.answers.ok(this.responses.serialised(address,
				() -> this.answers.encode(
						this.answers.searchSet(search, typeUrl, search.matches(this.resources.all(served))),
						search.output())),
				search.output(), revision);
	}

	@PostMapping("/{type}/_search")
	ResponseEntity<byte[]> searchByPost(@PathVariable String type, HttpServletRequest request, WebRequest web) {
		String contentType = request.getContentType();
		if (contentType != null
				&& !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(contentType))) {
			throw new FhirRequestException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, IssueType.NOTSUPPORTED,
					"POST _search takes its parameters as application/x-www-form-urlencoded");
		}
		return search(type, request, web);
	}

	@GetMapping("/{type}/{id}")
	ResponseEntity<byte[]> read(@PathVariable String type, @PathVariable String id, HttpServletRequest request,
			WebRequest web) {
		ServedType served = served(type);
		if (id.startsWith("$") || id.startsWith("_")) {
			throw FhirRequestException.badRequest(
					"This server supports read and search only (no operations); see " + baseUrl() + "/metadata");
		}
		FhirOutput output = FhirSearch.parseRead("A read", parameters(request), accept(request));
		Optional<? extends Resource> resource = (id.length() > MAX_ID_LENGTH) ? Optional.empty()
				: this.resources.read(served, id);
		if (resource.isEmpty()) {
			throw notFound(served.name() + "/" + id);
		}
		PublishedContent.Revision revision = this.resources.revision();
		if (web.checkNotModified(revision.etag(), revision.changedAt().toEpochMilli())) {
			return null;
		}
		FhirResponses.Address address = new FhirResponses.Address(revision, served.name() + "/" + id, output);
		return this.answers.ok(this.responses.serialised(address, () -> this.answers.encode(resource.get(), output)),
				output, revision);
	}

	/**
	 * Anything else under the FHIR base is a FHIR answer, not the site's HTML error page:
	 * writes are not allowed, other interactions are not supported.
	 */
	@RequestMapping("/**")
	ResponseEntity<byte[]> unsupported(HttpServletRequest request) {
		String method = request.getMethod();
		if (!HttpMethod.GET.matches(method) && !HttpMethod.HEAD.matches(method)) {
			throw new FhirRequestException(HttpStatus.METHOD_NOT_ALLOWED, IssueType.NOTSUPPORTED,
					"This server is read-only: it answers GET, and POST [type]/_search; see " + baseUrl()
							+ "/metadata");
		}
		String path = request.getRequestURI().substring(request.getContextPath().length() + "/fhir/r5".length());
		List<String> segments = Arrays.asList(path.replaceFirst("^/", "").split("/"));
		boolean interaction = segments.stream()
			.anyMatch((segment) -> segment.startsWith("_") || segment.startsWith("$"));
		if (ServedType.named(segments.get(0)).isEmpty() || !interaction) {
			throw notFound(path);
		}
		throw FhirRequestException.badRequest("This server supports read and search only (no history, versioned "
				+ "read or operations); see " + baseUrl() + "/metadata");
	}

	@ExceptionHandler(FhirRequestException.class)
	ResponseEntity<byte[]> refused(FhirRequestException ex, HttpServletRequest request) {
		ResponseEntity<byte[]> answer = this.answers.error(ex.status(), ex.issueType(), ex.getMessage(),
				FhirOutput.formatForError(request.getParameter("_format"), accept(request)));
		if (ex.status() == HttpStatus.METHOD_NOT_ALLOWED) {
			return ResponseEntity.status(answer.getStatusCode())
				.headers(answer.getHeaders())
				.header(HttpHeaders.ALLOW, "GET, HEAD, POST")
				.body(answer.getBody());
		}
		return answer;
	}

	private ServedType served(String type) {
		return ServedType.named(type).orElseThrow(() -> notFound(type));
	}

	private static FhirRequestException notFound(String what) {
		return new FhirRequestException(HttpStatus.NOT_FOUND, IssueType.NOTFOUND,
				FhirRequestException.quoted(what) + " is not known to this server, which serves "
						+ String.join(", ", ServedType.ALL.stream().map(ServedType::name).toList()));
	}

	private static Map<String, List<String>> parameters(HttpServletRequest request) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
		return parameters;
	}

	private static String accept(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.ACCEPT);
	}

	private String baseUrl() {
		return this.publicSite.link("/fhir/r5");
	}

}
