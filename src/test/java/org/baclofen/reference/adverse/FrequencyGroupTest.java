package org.baclofen.reference.adverse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.baclofen.reference.content.Route;
import org.baclofen.reference.content.Source;
import org.baclofen.reference.content.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrequencyGroupTest {

	private static final LocalDate REVIEWED = LocalDate.of(2026, 12, 1);

	private static final Source LABEL = new Source("S9", "A label", SourceKind.LABEL, REVIEWED);

	private static final Source STUDY = new Source("S3", "A study", SourceKind.PUBLISHED_STUDY, REVIEWED);

	private static AdverseEffect effect(String name, String min, String max, String note, Source... sources) {
		AdverseEffect effect = new AdverseEffect(name, Route.ORAL, "Nervous system", REVIEWED);
		effect.describe(name, Route.ORAL, "Nervous system", (min == null) ? null : new BigDecimal(min),
				(max == null) ? null : new BigDecimal(max), note, 0);
		effect.citeOnly(List.of(sources));
		return effect;
	}

	@ParameterizedTest
	@CsvSource(nullValues = "-", textBlock = """
			10,   63,  OVER_10_PERCENT
			1,    11,  OVER_10_PERCENT
			10,   10,  FROM_1_TO_10_PERCENT
			0,    9,   FROM_1_TO_10_PERCENT
			0,    1,   FROM_1_TO_10_PERCENT
			0,    0.5, UNDER_1_PERCENT
			12,   -,   OVER_10_PERCENT
			-,    -,   NOT_KNOWN
			""")
	void anEffectFallsInTheBandOfTheHighestFigureReported(String min, String max, FrequencyBand band) {
		assertThat(FrequencyBand.of(effect("Reaction", min, max, null, LABEL))).isEqualTo(band);
	}

	@Test
	void groupsComeMostFrequentFirstAndSayWhatMostOfTheirEffectsShareOnce() {
		AdverseEffect drowsiness = effect("Drowsiness", "10", "63", "Usually transient.", LABEL, STUDY);
		AdverseEffect headache = effect("Headache", "4", "8", "Range across studies.", LABEL);
		AdverseEffect insomnia = effect("Insomnia", "2", "7", "Range across studies.", LABEL);
		AdverseEffect confusion = effect("Confusion", "1", "9", "Range across studies. More likely in older people.",
				LABEL);
		AdverseEffect tinnitus = effect("Tinnitus", null, null, "Rare.", LABEL);

		List<FrequencyGroup> groups = FrequencyGroup.of(List.of(tinnitus, headache, drowsiness, insomnia, confusion));

		assertThat(groups).extracting(FrequencyGroup::band)
			.containsExactly(FrequencyBand.OVER_10_PERCENT, FrequencyBand.FROM_1_TO_10_PERCENT,
					FrequencyBand.NOT_KNOWN);
		FrequencyGroup common = groups.get(1);
		assertThat(common.effects()).containsExactly(headache, insomnia, confusion);
		assertThat(common.usual()).isSameAs(headache);
		assertThat(common.saysMore(insomnia)).isFalse();
		assertThat(common.saysMore(confusion)).isTrue();
		// One effect alone shares nothing: it keeps its own note and sources.
		assertThat(groups.get(0).usual()).isNull();
		assertThat(groups.get(0).saysMore(drowsiness)).isTrue();
	}

	@Test
	void theSameNoteWithOtherSourcesIsNotTheSame() {
		AdverseEffect one = effect("One", null, null, "Rare.", LABEL);
		AdverseEffect two = effect("Two", null, null, "Rare.", LABEL);
		AdverseEffect three = effect("Three", null, null, "Rare.", LABEL, STUDY);

		FrequencyGroup group = FrequencyGroup.of(List.of(one, two, three)).get(0);

		assertThat(group.saysMore(two)).isFalse();
		assertThat(group.saysMore(three)).isTrue();
	}

}
