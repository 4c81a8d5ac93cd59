package org.baclofen.reference.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class SourceTest {

	private static Source source(String code) {
		return new Source(code, "title", SourceKind.LABEL, LocalDate.of(2026, 11, 21));
	}

	@Test
	void sortsByNumberThenSuffix() {
		List<String> sorted = Stream.of("S10", "S2", "S1b", "S1", "S2x")
			.map(SourceTest::source)
			.sorted()
			.map(Source::getCode)
			.toList();
		assertThat(sorted).containsExactly("S1", "S1b", "S2", "S2x", "S10");
	}

	/** Articles that are not sources (the old "SEEDS" key) cannot become one. */
	@Test
	void onlyAKeyOfTheSourcesOwnFormIsASource() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> source("SEEDS"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("looks like S12 or S12b");
	}

	@Test
	void readViaIsKeptApartFromTheNoteAndBlankMeansNone() {
		Source source = source("S2");
		source.describe("Ozobax label", SourceKind.LABEL, " ", " MedLibrary ",
				List.of("https://dailymed.nlm.nih.gov/x"));
		assertThat(source.getReadVia()).isEqualTo("MedLibrary");
		assertThat(source.getNote()).isNull();
		source.describe("Ozobax label", SourceKind.LABEL, null, "  ", List.of());
		assertThat(source.getReadVia()).isNull();
	}

	@Test
	void refusesCodesThatDoNotLookLikeSourceKeys() {
		assertThatIllegalArgumentException().isThrownBy(() -> source("SEEDSX"));
		assertThatIllegalArgumentException().isThrownBy(() -> source("seeds"));
		assertThatIllegalArgumentException().isThrownBy(() -> source("Smith 2020"));
		assertThatIllegalArgumentException().isThrownBy(() -> source(null));
		// Codes are compared by number: an absurdly long one must never get in and break
		// sorting.
		assertThatIllegalArgumentException().isThrownBy(() -> source("S99999999999"));
	}

	@Test
	void anchorsAreStable() {
		assertThat(source("S23").getAnchor()).isEqualTo("source-S23");
	}

}
