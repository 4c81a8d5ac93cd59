package org.baclofen.reference.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hl7.fhir.r5.model.Resource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A search as asked, checked against what the type supports: filters (each parameter
 * ANDed with the others, its comma-separated values ORed, {@code :not} negating them),
 * the page ({@code _count}, {@code _offset}) and the output. A parameter or modifier this
 * server does not support is refused with 400, never ignored: an ignored filter would
 * answer a question nobody asked.
 *
 * @param count the page size, or null for every match on one page
 * @param given the parameters as received (validated), to repeat in paging links
 */
record FhirSearch(ServedType type, List<Filter> filters, Integer count, int offset, FhirOutput output,
		Map<String, List<String>> given) {

	/** The paging parameters, supported by every search. */
	static final Set<String> PAGING = Set.of("_count", "_offset");

	private static final int MAX_PARAMETERS = 20;

	private static final int MAX_VALUES = 50;

	private static final int MAX_VALUE_LENGTH = 500;

	/** One parameter of the search. */
	record Filter(SearchParameter parameter, boolean not, List<String> anyOf) {

		boolean matches(Resource resource) {
			return this.parameter.matchesAny(resource, this.anyOf) != this.not;
		}

	}

	static FhirSearch parse(ServedType type, Map<String, List<String>> parameters, String accept, int maxPageSize) {
		checkSize(parameters);
		List<Filter> filters = new ArrayList<>();
		Map<String, String> single = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
			String key = parameter.getKey();
			if (FhirOutput.PARAMETERS.contains(key) || PAGING.contains(key)) {
				single.put(key, only(key, parameter.getValue()));
				continue;
			}
			int colon = key.indexOf(':');
			String name = (colon < 0) ? key : key.substring(0, colon);
			String modifier = (colon < 0) ? null : key.substring(colon + 1);
			SearchParameter searchParameter = type.parameter(name)
				.orElseThrow(() -> FhirRequestException.badRequest(type.name() + " has no search parameter "
						+ FhirRequestException.quoted(name) + "; this server supports "
						+ String.join(", ", type.parameterNames()) + ", " + String.join(", ", PAGING) + ", "
						+ String.join(", ", FhirOutput.PARAMETERS.stream().sorted().toList())));
			if (modifier != null && !searchParameter.modifiers().contains(modifier)) {
				throw FhirRequestException.badRequest("The modifier " + FhirRequestException.quoted(":" + modifier)
						+ " is not supported on " + name + (searchParameter.modifiers().isEmpty() ? ""
								: "; use :" + String.join(", :", searchParameter.modifiers())));
			}
			for (String value : parameter.getValue()) {
				List<String> anyOf = splitOr(value);
				anyOf.forEach(searchParameter::checkValue);
				if (!anyOf.isEmpty()) {
					filters.add(new Filter(searchParameter, modifier != null, anyOf));
				}
			}
		}
		FhirOutput output = FhirOutput.of(single, accept, true);
		Integer count = whole("_count", single.get("_count"));
		Integer offset = whole("_offset", single.get("_offset"));
		return new FhirSearch(type, List.copyOf(filters), (count == null) ? null : Math.min(count, maxPageSize),
				(offset == null) ? 0 : offset, output, parameters);
	}

	/** The output of a read: only the output parameters are understood there. */
	static FhirOutput parseRead(String what, Map<String, List<String>> parameters, String accept) {
		checkSize(parameters);
		Map<String, String> single = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
			if (!FhirOutput.PARAMETERS.contains(parameter.getKey())) {
				throw FhirRequestException.badRequest(what + " takes no parameter "
						+ FhirRequestException.quoted(parameter.getKey()) + "; it understands "
						+ String.join(", ", FhirOutput.PARAMETERS.stream().sorted().toList()));
			}
			single.put(parameter.getKey(), only(parameter.getKey(), parameter.getValue()));
		}
		return FhirOutput.of(single, accept, false);
	}

	private static void checkSize(Map<String, List<String>> parameters) {
		int values = parameters.values().stream().mapToInt(List::size).sum();
		if (parameters.size() > MAX_PARAMETERS || values > MAX_PARAMETERS) {
			throw FhirRequestException.invalid("A request has at most " + MAX_PARAMETERS + " parameters");
		}
		for (List<String> list : parameters.values()) {
			for (String value : list) {
				if (value.length() > MAX_VALUE_LENGTH) {
					throw FhirRequestException
						.invalid("A parameter value has at most " + MAX_VALUE_LENGTH + " characters");
				}
			}
		}
	}

	private static String only(String name, List<String> values) {
		if (values.size() != 1) {
			throw FhirRequestException.invalid(name + " is given once");
		}
		return values.get(0);
	}

	private static Integer whole(String name, String value) {
		if (value == null) {
			return null;
		}
		if (!value.matches("\\d{1,6}")) {
			throw FhirRequestException
				.invalid(name + " is a whole number of at least 0, not " + FhirRequestException.quoted(value));
		}
		return Integer.valueOf(value);
	}

	/**
	 * A value's comma-separated alternatives; "\," is a comma inside a value, as FHIR
	 * escapes it.
	 */
	static List<String> splitOr(String value) {
		List<String> values = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' && i + 1 < value.length()) {
				current.append(value.charAt(++i));
			}
			else if (c == ',') {
				values.add(current.toString());
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		values.add(current.toString());
		List<String> nonEmpty = values.stream().filter((alternative) -> !alternative.isEmpty()).toList();
		if (nonEmpty.size() > MAX_VALUES) {
			throw FhirRequestException.invalid("A parameter has at most " + MAX_VALUES + " alternatives");
		}
		return nonEmpty;
	}

	List<Resource> matches(List<? extends Resource> resources) {
		return resources.stream()
			.filter((resource) -> this.filters.stream().allMatch((filter) -> filter.matches(resource)))
			.collect(Collectors.toList());
	}

	/**
	 * The search's own address at another offset, from the public base: the parameters as
	 * given, the page moved.
	 */
	String link(String typeUrl, Integer atOffset) {
		UriComponentsBuilder link = UriComponentsBuilder.fromUriString(typeUrl);
		this.given.forEach((name, values) -> {
			if (!"_offset".equals(name)) {
				values.forEach((value) -> link.queryParam(name, value));
			}
		});
		if (atOffset != null && atOffset > 0) {
			link.queryParam("_offset", atOffset);
		}
		return link.build().encode().toUriString();
	}

}
