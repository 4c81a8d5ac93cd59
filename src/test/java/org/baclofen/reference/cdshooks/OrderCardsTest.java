package org.baclofen.reference.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.baclofen.reference.titration.PlanStep;
import org.hl7.fhir.r5.model.Dosage;
import org.junit.jupiter.api.Test;

class OrderCardsTest {

	@Test
	void summariesKeepTheSpecificationsLimitOf140Characters() {
		String fits = "x".repeat(CdsHooks.Card.MAX_SUMMARY);
		assertThat(Cards.summary(fits)).isEqualTo(fits);
		String tooLong = "word ".repeat(40);
		assertThat(Cards.summary(tooLong)).hasSizeLessThan(140).endsWith("…");
		assertThat(Cards.summary("y".repeat(CdsHooks.Card.MAX_SUMMARY + 1))).hasSize(CdsHooks.Card.MAX_SUMMARY);
	}

	@Test
	void aFindingsSummaryIsItsFirstSentenceWithoutTheStepPrefix() {
		assertThat(OrderCards
			.firstSentence("Step 2: 100 mg/day is above the US label maximum of 80 mg/day. Lower the dose."))
			.isEqualTo("100 mg/day is above the US label maximum of 80 mg/day.");
		assertThat(OrderCards.firstSentence("Step 1: starts at 2.5 mg. Start lower.")).isEqualTo("starts at 2.5 mg.");
	}

	@Test
	void aSuggestedScheduleSaysHowOftenInTheWordsThePagesUse() {
		List<Dosage> dosages = OrderCards.dosages(List.of(PlanStep.of(3, "5", 1), PlanStep.of(3, "5", 2),
				PlanStep.of(3, "5", 3), PlanStep.of(1, "10", 2)), true);
		assertThat(dosages).extracting(Dosage::getText)
			.containsExactly("5 mg once a day for 3 days", "5 mg twice a day for 3 days",
					"5 mg 3 times a day for 3 days", "10 mg twice a day from then on");
	}

}
