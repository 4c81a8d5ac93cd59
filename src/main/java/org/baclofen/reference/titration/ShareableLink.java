package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A result page a link may ask for, with the inputs such a link carries: declared once,
 * by the request type the page binds ({@link PlanRequest#LINK},
 * {@link TaperRequest#LINK}). The page builds its links from it, and the page cache keys
 * those pages by exactly these parameters.
 *
 * @param <R> the request type
 * @param path the page's path
 * @param parameters the inputs a link carries, in the order a link lists them
 */
public record ShareableLink<R>(String path, List<Parameter<R>> parameters) {

	/**
	 * One input a link carries: its query parameter name and where the request holds it.
	 */
	public record Parameter<R>(String name, Function<R, Object> value) {
	}

	public ShareableLink {
		parameters = List.copyOf(parameters);
	}

	/** The query parameter names, in the order a link lists them. */
	public List<String> parameterNames() {
		return this.parameters.stream().map(Parameter::name).toList();
	}

	/** The inputs the request was given, by parameter name, as a link writes them. */
	Map<String, String> inputsOf(R request) {
		Map<String, String> inputs = new LinkedHashMap<>();
		for (Parameter<R> parameter : this.parameters) {
			putIfGiven(inputs, parameter.name(), parameter.value().apply(request));
		}
		return inputs;
	}

	static void putIfGiven(Map<String, String> inputs, String name, Object value) {
		if (value != null) {
			inputs.put(name, (value instanceof BigDecimal decimal) ? decimal.toPlainString() : value.toString());
		}
	}

}
