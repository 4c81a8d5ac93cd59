package org.baclofen.reference.cdshooks;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.baclofen.reference.system.ApiProblems;
import org.baclofen.reference.system.JsonApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;

/**
 * The CDS Hooks 2.0 endpoints: discovery, and the baclofen order check for order-sign and
 * order-select. The body is read up to a fixed size before anything is parsed, and only
 * the hook instance id is logged.
 */
@JsonApi
class CdsHooksController {

	static final String ORDER_SIGN_SERVICE = "baclofen-order-check";

	static final String ORDER_SELECT_SERVICE = "baclofen-order-select";

	private static final Map<String, String> HOOK_OF_SERVICE = Map.of(ORDER_SIGN_SERVICE, "order-sign",
			ORDER_SELECT_SERVICE, "order-select");

	private static final Logger log = LoggerFactory.getLogger(CdsHooksController.class);

	private final BaclofenOrderCheck check;

	private final ObjectMapper json;

	private final int maxRequestBytes;

	CdsHooksController(BaclofenOrderCheck check, ObjectMapper json,
			@Value("${baclofen.cds-hooks.max-request-bytes}") int maxRequestBytes) {
		this.check = check;
		this.json = json;
		this.maxRequestBytes = maxRequestBytes;
	}

	@GetMapping(path = "/cds-services", produces = MediaType.APPLICATION_JSON_VALUE)
	CdsHooks.Discovery discovery() {
		Map<String, String> prefetch = this.check.prefetchTemplates();
		String description = "Checks a baclofen order against the US-label titration protocol and maximum, the renal"
				+ " bands (from the latest CrCl or eGFR), the taper rule, the patient's other active medicines and"
				+ " their conditions, using the same sourced content as the Baclofen Reference pages.";
		return new CdsHooks.Discovery(List.of(
				new CdsHooks.Service("order-sign", "Baclofen order check", description, ORDER_SIGN_SERVICE, prefetch,
						null),
				new CdsHooks.Service("order-select", "Baclofen order check", description, ORDER_SELECT_SERVICE,
						prefetch, null)));
	}

	@PostMapping(path = "/cds-services/{service}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> call(@PathVariable String service, HttpServletRequest servletRequest) throws IOException {
		String hook = HOOK_OF_SERVICE.get(service);
		if (hook == null) {
			return ResponseEntity
				.of(ApiProblems.of(HttpStatus.NOT_FOUND, "service",
						"No such CDS service; GET /cds-services lists them"))
				.build();
		}
		byte[] body = read(servletRequest.getInputStream());
		if (body == null) {
			return ResponseEntity
				.of(ApiProblems.of(HttpStatus.PAYLOAD_TOO_LARGE, "body",
						"is larger than " + this.maxRequestBytes + " bytes"))
				.build();
		}
		CdsHooks.Request request;
		try {
			request = this.json.readerFor(CdsHooks.Request.class)
				.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.readValue(body);
		}
		catch (JacksonException ex) {
			throw new BadHookRequestException("body", "must be a CDS Hooks request in JSON");
		}
		if (request == null) {
			throw new BadHookRequestException("body", "must be a CDS Hooks request in JSON");
		}
		if (request.hook() != null && !hook.equals(request.hook())) {
			throw new BadHookRequestException("hook", "This service answers the " + hook + " hook; "
					+ ("order-sign".equals(hook) ? ORDER_SELECT_SERVICE : ORDER_SIGN_SERVICE) + " answers the other");
		}
		HookCall call = this.check.reader().read(request);
		CdsHooks.Response response = this.check.check(call, appBaseUrl());
		log.info("CDS Hooks {} call {} answered with {} cards", call.hook(), call.hookInstance(),
				response.cards().size());
		return ResponseEntity.ok(response);
	}

	/**
	 * The body, or null when it is larger than allowed; never more than the limit is held
	 * in memory.
	 */
	private byte[] read(InputStream input) throws IOException {
		byte[] bytes = input.readNBytes(this.maxRequestBytes + 1);
		return (bytes.length > this.maxRequestBytes) ? null : bytes;
	}

	private static String appBaseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
