package org.baclofen.reference.resilience;

import java.util.ArrayList;
import java.util.List;

/**
 * The measured figures of the resilience scenarios, printed as one table at the end of
 * the run.
 */
final class Figures {

	record Row(String scenario, String measure, String value, String target, boolean met) {
	}

	private final List<Row> rows = new ArrayList<>();

	synchronized void add(String scenario, String measure, Object value, String target, boolean met) {
		this.rows.add(new Row(scenario, measure, String.valueOf(value), target, met));
	}

	/** A figure without a target: context for the others. */
	synchronized void note(String scenario, String measure, Object value) {
		this.rows.add(new Row(scenario, measure, String.valueOf(value), "", true));
	}

	synchronized List<String> missed(String scenario) {
		return this.rows.stream()
			.filter((row) -> row.scenario().equals(scenario) && !row.met())
			.map((row) -> row.measure() + " = " + row.value() + " (target " + row.target() + ")")
			.toList();
	}

	synchronized String table() {
		StringBuilder table = new StringBuilder("\n=== Resilience figures ===\n");
		table.append("%-16s | %-48s | %-14s | %-14s | %s%n".formatted("scenario", "measure", "value", "target", "met"));
		for (Row row : this.rows) {
			table.append("%-16s | %-48s | %-14s | %-14s | %s%n".formatted(row.scenario(), row.measure(), row.value(),
					row.target(), row.target().isEmpty() ? "" : (row.met() ? "yes" : "NO")));
		}
		return table.toString();
	}

}
