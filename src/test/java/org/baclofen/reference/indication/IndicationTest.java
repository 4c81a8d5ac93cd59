package org.baclofen.reference.indication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.baclofen.reference.content.Route;
import org.junit.jupiter.api.Test;

class IndicationTest {

	private static final LocalDate REVIEWED = LocalDate.of(2026, 11, 21);

	@Test
	void detailsSplitIntoTheParagraphsTheyWereWrittenIn() {
		Indication indication = new Indication("hiccups", "Hiccups", IndicationStatus.OFF_LABEL, Route.ORAL,
				EvidenceStrength.LOW, "summary", "First paragraph.\n\n  Second\nstill second.\r\n\r\nThird.", REVIEWED);
		assertThat(indication.getDetailParagraphs()).containsExactly("First paragraph.", "Second\nstill second.",
				"Third.");
	}

	@Test
	void refusesASlugThatIsNotLowercaseWordsAndHyphens() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Indication("Hic cups", "Hiccups",
				IndicationStatus.OFF_LABEL, Route.ORAL, EvidenceStrength.LOW, "s", "d", REVIEWED));
	}

	@Test
	void aLabeledUseRestsOnTheLabel() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Indication("ms", "MS", IndicationStatus.LABELED,
				Route.ORAL, EvidenceStrength.LOW, "s", "d", REVIEWED));
	}

	@Test
	void requiresAReviewDate() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Indication("ms", "MS", IndicationStatus.OFF_LABEL,
				Route.ORAL, EvidenceStrength.LOW, "s", "d", null));
	}

	@Test
	void weakEvidenceIsFlagged() {
		assertThat(EvidenceStrength.NO_EVIDENCE.isWeak()).isTrue();
		assertThat(EvidenceStrength.MODERATE.isWeak()).isFalse();
	}

}
