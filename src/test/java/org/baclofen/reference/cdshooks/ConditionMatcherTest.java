package org.baclofen.reference.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.baclofen.reference.screening.ScreeningCondition;
import org.junit.jupiter.api.Test;

class ConditionMatcherTest {

	private final ConditionMatcher matcher = new ConditionMatcher(List.of(
			new ScreeningCondition("EPILEPSY", "Epilepsy or seizure disorder", 10, LocalDate.of(2026, 12, 1)),
			new ScreeningCondition("PSYCHOTIC_DISORDER", "Psychotic disorder, schizophrenia or confusional state", 20,
					LocalDate.of(2026, 12, 1)),
			new ScreeningCondition("PEPTIC_ULCER", "Peptic ulcer, active or past", 30, LocalDate.of(2026, 12, 1)),
			new ScreeningCondition("STROKE", "Stroke", 40, LocalDate.of(2026, 12, 1))));

	@Test
	void conditionsMatchTheLabelOrItsAlternativesAsWholeWords() {
		assertThat(this.matcher.codesFor(List.of("Epilepsy (disorder)"))).containsExactly("EPILEPSY");
		assertThat(this.matcher.codesFor(List.of("Generalized seizure disorder"))).containsExactly("EPILEPSY");
		assertThat(this.matcher.codesFor(List.of("Paranoid schizophrenia"))).containsExactly("PSYCHOTIC_DISORDER");
		assertThat(this.matcher.codesFor(List.of("Peptic ulcer disease"))).containsExactly("PEPTIC_ULCER");
		assertThat(this.matcher.codesFor(List.of("History of stroke", "Epilepsy"))).containsExactly("STROKE",
				"EPILEPSY");
	}

	@Test
	void qualifiersAndWordFragmentsMatchNothing() {
		assertThat(this.matcher.codesFor(List.of("Active tuberculosis", "Past smoker"))).isEmpty();
		assertThat(this.matcher.codesFor(List.of("Heatstroke"))).isEmpty();
		assertThat(this.matcher.codesFor(List.of("Seizure"))).isEmpty();
	}

}
