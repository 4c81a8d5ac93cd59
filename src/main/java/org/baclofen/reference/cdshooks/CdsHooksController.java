package org.baclofen.reference.cdshooks;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.baclofen.reference.fhir.FhirSettings;
import org.baclofen.reference.fhir.OverrideReason;
import org.baclofen.reference.fhir.Vocabulary;
import org.baclofen.reference.system.ApiProblems;
import org.baclofen.reference.system.JsonApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;

/**
 * The CDS Hooks 2.0 endpoints: discovery, the baclofen order check for order-sign and
 * order-select, and feedback on the cards. The body is read up to a fixed size before
 * anything is parsed, and only the hook instance id is logged.
 */
@JsonApi
class CdsHooksController {

	static final String ORDER_SIGN_SERVICE = "baclofen-order-check";

	static final String ORDER_SELECT_SERVICE = "baclofen-order-select";

	private static final Map<String, String> HOOK_OF_SERVICE = Map.of(ORDER_SIGN_SERVICE, "order-sign",
			ORDER_SELECT_SERVICE, "order-select");

	/** More feedback in one request than cards in any answer is a mistake. */
	private static final int MAX_FEEDBACK = 100;

	private static final List<String> OUTCOMES = List.of("accepted", "overridden");

	private static final Logger log = LoggerFactory.getLogger(CdsHooksController.class);

	private final BaclofenOrderCheck check;

	private final CdsFeedback feedback;

	private final ObjectMapper json;

	private final CdsHooksSettings settings;

	private final String overrideReasonSystem;

	CdsHooksController(BaclofenOrderCheck check, CdsFeedback feedback, ObjectMapper json, CdsHooksSettings settings,
			FhirSettings fhirSettings) {
		this.check = check;
		this.feedback = feedback;
		this.json = json;
		this.settings = settings;
		this.overrideReasonSystem = new Vocabulary(fhirSettings.canonicalBase().toString())
			.codeSystem(Vocabulary.OwnCodeSystem.CDS_OVERRIDE_REASON);
	}

	@GetMapping(path = "/cds-services", produces = MediaType.APPLICATION_JSON_VALUE)
	CdsHooks.Discovery discovery() {
		Map<String, String> prefetch = this.check.prefetchTemplates();
		String description = "Checks a baclofen order against the US-label titration protocol and maximum, the renal"
				+ " bands (from the latest CrCl or eGFR), the taper rule, the patient's other active medicines,"
				+ " conditions and allergies, using the same sourced content as the Baclofen Reference pages.";
		return new CdsHooks.Discovery(List.of(
				new CdsHooks.Service("order-sign", "Baclofen order check", description, ORDER_SIGN_SERVICE, prefetch,
						null),
				new CdsHooks.Service("order-select", "Baclofen order check", description, ORDER_SELECT_SERVICE,
						prefetch, null)));
	}

	@PostMapping(path = "/cds-services/{service}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> call(@PathVariable String service, HttpServletRequest servletRequest,
			Authentication authentication) throws IOException {
		String hook = HOOK_OF_SERVICE.get(service);
		if (hook == null) {
			return noSuchService();
		}
		CdsHooks.Request request = body(servletRequest, CdsHooks.Request.class);
		if (request.hook() != null && !hook.equals(request.hook())) {
			throw new BadHookRequestException("hook", "This service answers the " + hook + " hook; "
					+ ("order-sign".equals(hook) ? ORDER_SELECT_SERVICE : ORDER_SIGN_SERVICE) + " answers the other");
		}
		HookCall call = this.check.reader().read(request).withClient(client(authentication));
		CdsHooks.Response response = this.check.check(call);
		log.info("CDS Hooks {} call {} answered with {} cards", call.hook(), call.hookInstance(),
				response.cards().size());
		return ResponseEntity.ok(response);
	}

	/**
	 * CDS Hooks feedback: each card's outcome is counted by the card's kind (its uuid
	 * says which) and, for an override, the reason when it is one this service offered.
	 */
	@PostMapping(path = "/cds-services/{service}/feedback")
	ResponseEntity<?> feedback(@PathVariable String service, HttpServletRequest servletRequest) throws IOException {
		if (!HOOK_OF_SERVICE.containsKey(service)) {
			return noSuchService();
		}
		CdsHooks.Feedback body = body(servletRequest, CdsHooks.Feedback.class);
		if (body.feedback() == null || body.feedback().isEmpty() || body.feedback().size() > MAX_FEEDBACK) {
			throw new BadHookRequestException("feedback", "is required: 1 to " + MAX_FEEDBACK + " card outcomes");
		}
		for (int i = 0; i < body.feedback().size(); i++) {
			CdsHooks.CardFeedback item = body.feedback().get(i);
			if (item == null || item.card() == null || !item.card().matches("[0-9a-fA-F-]{36}")) {
				throw new BadHookRequestException("feedback[" + i + "].card",
						"is the uuid of a card this service gave");
			}
			if (!OUTCOMES.contains(item.outcome())) {
				throw new BadHookRequestException("feedback[" + i + "].outcome", "is accepted or overridden");
			}
		}
		for (CdsHooks.CardFeedback item : body.feedback()) {
			String kind = CardKind.of(UUID.fromString(item.card())).map(Enum::name).orElse(CdsFeedback.UNKNOWN_KIND);
			this.feedback.count(service, kind, item.outcome(), reason(item));
		}
		return ResponseEntity.ok().build();
	}

	/** The override reason's code, when it is one of the codes this service offers. */
	private String reason(CdsHooks.CardFeedback item) {
		if (!"overridden".equals(item.outcome()) || item.overrideReason() == null
				|| item.overrideReason().reason() == null) {
			return CdsFeedback.NO_REASON;
		}
		CdsHooks.Coding reason = item.overrideReason().reason();
		for (OverrideReason offered : OverrideReason.values()) {
			if (offered.code().equals(reason.code()) && this.overrideReasonSystem.equals(reason.system())) {
				return offered.code();
			}
		}
		return CdsFeedback.NO_REASON;
	}

	/** The registered client whose token the request carried, or null when anonymous. */
	private CdsHooksSettings.Client client(Authentication authentication) {
		if (authentication instanceof JwtAuthenticationToken token) {
			return this.settings.client(token.getToken().getClaimAsString(JwtClaimNames.ISS)).orElse(null);
		}
		return null;
	}

	private <T> T body(HttpServletRequest request, Class<T> type) throws IOException {
		byte[] body = read(request.getInputStream());
		if (body == null) {
			throw new RequestTooLargeException();
		}
		T parsed;
		try {
			parsed = this.json.readerFor(type)
				.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.readValue(body);
		}
		catch (JacksonException ex) {
			throw new BadHookRequestException("body", "must be a CDS Hooks request in JSON");
		}
		if (parsed == null) {
			throw new BadHookRequestException("body", "must be a CDS Hooks request in JSON");
		}
		return parsed;
	}

	/**
	 * The content type is set here, as the mapping's {@code produces} would otherwise
	 * answer a problem as plain JSON.
	 */
	private static ResponseEntity<ProblemDetail> noSuchService() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ApiProblems.of(HttpStatus.NOT_FOUND, "service", "No such CDS service; GET /cds-services lists them"));
	}

	@ExceptionHandler(RequestTooLargeException.class)
	ProblemDetail tooLarge() {
		return ApiProblems.of(HttpStatus.PAYLOAD_TOO_LARGE, "body",
				"is larger than " + this.settings.maxRequestBytes() + " bytes");
	}

	/** A body larger than allowed, found before anything of it is parsed. */
	private static final class RequestTooLargeException extends RuntimeException {

		RequestTooLargeException() {
			super(null, null, false, false);
		}

	}

	/**
	 * The body, or null when it is larger than allowed; never more than the limit is held
	 * in memory.
	 */
	private byte[] read(InputStream input) throws IOException {
		byte[] bytes = input.readNBytes(this.settings.maxRequestBytes() + 1);
		return (bytes.length > this.settings.maxRequestBytes()) ? null : bytes;
	}

}
