package org.baclofen.reference.fhir;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.hl7.fhir.r5.model.OperationOutcome.IssueType;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * How a response is written, as the request asks: JSON or XML ({@code _format} or the
 * Accept header), pretty or not, whole or summarised ({@code _summary}), or only some
 * elements ({@code _elements}). HAPI's parsers write both formats and apply the summary
 * rules, marking subsetted resources as FHIR requires.
 */
record FhirOutput(Format format, boolean pretty, Summary summary, Set<String> elements) {

	/** The parameters that shape every answer, whatever the interaction. */
	static final Set<String> PARAMETERS = Set.of("_format", "_pretty", "_summary", "_elements");

	private static final Pattern ELEMENT = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");

	private static final int MAX_ELEMENTS = 30;

	enum Format {

		JSON(new MediaType("application", "fhir+json", java.nio.charset.StandardCharsets.UTF_8)),

		XML(new MediaType("application", "fhir+xml", java.nio.charset.StandardCharsets.UTF_8));

		private final MediaType mediaType;

		Format(MediaType mediaType) {
			this.mediaType = mediaType;
		}

		MediaType mediaType() {
			return this.mediaType;
		}

	}

	/** FHIR's _summary values this server supports ("text" is not one of them). */
	enum Summary {

		/** No _summary, or _summary=false: the whole resource. */
		FULL,

		/** The elements the specification marks as summary. */
		TRUE,

		/** Everything but the narrative. */
		DATA,

		/** The total only (searches). */
		COUNT

	}

	static final FhirOutput DEFAULT = new FhirOutput(Format.JSON, false, Summary.FULL, Set.of());

	private static final Map<String, Format> FORMATS = Map.of("json", Format.JSON, "application/fhir+json", Format.JSON,
			"application/json", Format.JSON, "xml", Format.XML, "application/fhir+xml", Format.XML, "application/xml",
			Format.XML, "text/xml", Format.XML);

	/**
	 * The output a request asks for.
	 * @param single the parameter values, at most one each (checked by the caller)
	 * @param accept the Accept header, or null
	 * @param search true for a search, where _summary=count is allowed
	 */
	static FhirOutput of(Map<String, String> single, String accept, boolean search) {
		Format format = format(single.get("_format"), accept);
		boolean pretty = bool("_pretty", single.get("_pretty"));
		Summary summary = summary(single.get("_summary"), search);
		Set<String> elements = elements(single.get("_elements"));
		if (summary != Summary.FULL && !elements.isEmpty()) {
			throw FhirRequestException.invalid("_summary and _elements cannot be used together");
		}
		return new FhirOutput(format, pretty, summary, elements);
	}

	/**
	 * The format a failed request is answered in: the one asked for if it can be told,
	 * else JSON.
	 */
	static Format formatForError(String formatParameter, String accept) {
		try {
			return format(formatParameter, accept);
		}
		catch (FhirRequestException ex) {
			return Format.JSON;
		}
	}

	private static Format format(String parameter, String accept) {
		if (parameter != null) {
			Format format = FORMATS.get(parameter.strip().toLowerCase(Locale.ROOT).replaceAll(";.*$", ""));
			if (format == null) {
				throw new FhirRequestException(HttpStatus.NOT_ACCEPTABLE, IssueType.NOTSUPPORTED,
						"_format " + FhirRequestException.quoted(parameter) + " is not supported; use json or xml");
			}
			return format;
		}
		if (accept == null || accept.isBlank()) {
			return Format.JSON;
		}
		List<MediaType> wanted;
		try {
			wanted = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			return Format.JSON;
		}
		wanted = wanted.stream()
			.sorted(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed())
			.toList();
		for (MediaType type : wanted) {
			Format format = FORMATS.get(type.getType() + "/" + type.getSubtype());
			if (format != null) {
				return format;
			}
			if (type.isWildcardType() || (type.isWildcardSubtype() && "application".equals(type.getType()))
					|| "text/html".equals(type.getType() + "/" + type.getSubtype())) {
				return Format.JSON;
			}
		}
		throw new FhirRequestException(HttpStatus.NOT_ACCEPTABLE, IssueType.NOTSUPPORTED,
				"This server writes application/fhir+json and application/fhir+xml only");
	}

	private static boolean bool(String name, String value) {
		if (value == null || "false".equals(value)) {
			return false;
		}
		if ("true".equals(value)) {
			return true;
		}
		throw FhirRequestException.invalid(name + " is true or false, not " + FhirRequestException.quoted(value));
	}

	private static Summary summary(String value, boolean search) {
		if (value == null || "false".equals(value)) {
			return Summary.FULL;
		}
		return switch (value) {
			case "true" -> Summary.TRUE;
			case "data" -> Summary.DATA;
			case "count" -> {
				if (!search) {
					throw FhirRequestException.invalid("_summary=count applies to searches only");
				}
				yield Summary.COUNT;
			}
			default -> throw FhirRequestException.badRequest("_summary " + FhirRequestException.quoted(value)
					+ " is not supported; use true, false, data or count");
		};
	}

	private static Set<String> elements(String value) {
		if (value == null || value.isBlank()) {
			return Set.of();
		}
		Set<String> elements = new LinkedHashSet<>();
		for (String element : value.split(",", -1)) {
			String name = element.strip();
			if (!ELEMENT.matcher(name).matches()) {
				throw FhirRequestException.invalid(
						"_elements lists element names such as type,status; not " + FhirRequestException.quoted(name));
			}
			elements.add(name);
		}
		if (elements.size() > MAX_ELEMENTS) {
			throw FhirRequestException.invalid("_elements names at most " + MAX_ELEMENTS + " elements");
		}
		return Set.copyOf(elements);
	}

}
