package org.baclofen.reference.fhir;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.hl7.fhir.r5.model.Enumerations.SearchParamType;
import org.hl7.fhir.r5.model.Resource;

/**
 * One search parameter a resource type supports: what the CapabilityStatement says about
 * it and how a resource is matched. Token values take every form FHIR defines: "code",
 * "system|code", "|code" (no system) and "system|" (any code of the system).
 *
 * @param values the tokens a resource has for this parameter (for a uri parameter, the
 * uri as the code)
 * @param codes for a code bound to a closed set, the set: any other code is a mistake to
 * point out, not a search that finds nothing; empty when open
 */
record SearchParameter(String name, SearchParamType type, String definition, String documentation,
		Function<Resource, List<Token>> values, Set<String> codes) {

	/**
	 * A value a resource can be found by. A plain {@code code} element has no system of
	 * its own, but its binding implies one: both "|code" and "implied-system|code" find
	 * it.
	 */
	record Token(String system, String code, boolean systemImplied) {

		static Token of(String system, String code) {
			return new Token(system, code, false);
		}

		static Token implied(String system, String code) {
			return new Token(system, code, true);
		}

	}

	static SearchParameter token(String name, String definition, String documentation,
			Function<Resource, List<Token>> values) {
		return new SearchParameter(name, SearchParamType.TOKEN, definition, documentation, values, Set.of());
	}

	/** A token parameter on a code whose binding allows only the given codes. */
	static SearchParameter closedToken(String name, String definition, Set<String> codes,
			Function<Resource, List<Token>> values) {
		return new SearchParameter(name, SearchParamType.TOKEN, definition,
				String.join(" | ", codes.stream().sorted().toList()), values, Set.copyOf(codes));
	}

	static SearchParameter uri(String name, String definition, String documentation,
			Function<Resource, List<Token>> values) {
		return new SearchParameter(name, SearchParamType.URI, definition, documentation, values, Set.of());
	}

	/** The modifiers this parameter understands; any other is refused, never ignored. */
	Set<String> modifiers() {
		return (this.type == SearchParamType.TOKEN) ? Set.of("not") : Set.of();
	}

	/**
	 * Refuses a value whose code cannot exist: the parameter's codes are a closed set and
	 * the value names none of them.
	 */
	void checkValue(String value) {
		if (this.codes.isEmpty()) {
			return;
		}
		String code = value.substring(value.indexOf('|') + 1);
		if (!code.isEmpty() && !this.codes.contains(code)) {
			throw FhirRequestException.invalid("Unknown " + this.name + " " + FhirRequestException.quoted(code)
					+ "; use one of " + String.join(", ", this.codes.stream().sorted().toList()));
		}
	}

	/**
	 * True when the resource matches any of the values (a comma-separated list is OR).
	 */
	boolean matchesAny(Resource resource, List<String> anyOf) {
		List<Token> tokens = this.values.apply(resource);
		return anyOf.stream().anyMatch((value) -> tokens.stream().anyMatch((token) -> matches(token, value)));
	}

	private boolean matches(Token token, String value) {
		if (this.type != SearchParamType.TOKEN) {
			return value.equals(token.code());
		}
		int bar = value.indexOf('|');
		if (bar < 0) {
			return value.equals(token.code());
		}
		String system = value.substring(0, bar);
		String code = value.substring(bar + 1);
		boolean systemMatches = system.isEmpty() ? (token.system() == null || token.systemImplied())
				: system.equals(token.system());
		return systemMatches && (code.isEmpty() ? !system.isEmpty() : code.equals(token.code()));
	}

}
