package org.baclofen.reference.dosing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.baclofen.reference.content.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class DosingRepositoriesTest {

	@Autowired
	private TitrationProtocolRepository protocols;

	@Autowired
	private RenalBandRepository renalBands;

	@Autowired
	private DiscontinuationGuidanceRepository discontinuation;

	@Autowired
	private DosageFormRepository dosageForms;

	@Test
	void oralProtocolHoldsTheLabelScheduleAsData() {
		TitrationProtocol protocol = this.protocols.findByCode(TitrationProtocol.ORAL_US_LABEL).orElseThrow();
		assertThat(protocol.getStartDoseMg()).isEqualByComparingTo("5");
		assertThat(protocol.getAdministrationsPerDay()).isEqualTo(3);
		assertThat(protocol.getStartDailyMg()).isEqualByComparingTo("15");
		assertThat(protocol.getIncrementMg()).isEqualByComparingTo("5");
		assertThat(protocol.getIntervalDays()).isEqualTo(3);
		assertThat(protocol.getMaxDailyMg()).isEqualByComparingTo("80");
		assertThat(protocol.getMaxAdministrationsPerDay()).isEqualTo(4);
		assertThat(protocol.getSteps()).extracting(TitrationStep::getFirstDay).containsExactly(1, 4, 7, 10, 13);
		assertThat(protocol.getSteps().get(4).isOpenEnded()).isTrue();
		assertThat(protocol.getSteps().get(4).getDailyMg()).isEqualByComparingTo("80");
		assertThat(protocol.getSources()).isNotEmpty();
	}

	@Test
	void renalBandsCoverEveryClearanceExactlyOnce() {
		List<RenalBand> bands = this.renalBands.findAllByOrderByCrclMinMlPerMinDesc();
		for (int crcl = 0; crcl <= 150; crcl++) {
			BigDecimal value = BigDecimal.valueOf(crcl);
			assertThat(bands.stream().filter((band) -> band.contains(value))).as("bands containing CrCl %d", crcl)
				.hasSize(1);
		}
	}

	@Test
	void renalBandEdgesFollowTheStudyAndDialysisHasItsOwnBand() {
		List<RenalBand> bands = this.renalBands.findAllByOrderByCrclMinMlPerMinDesc();
		for (int tenths = 0; tenths <= 1500; tenths++) {
			BigDecimal value = BigDecimal.valueOf(tenths, 1);
			assertThat(bands.stream().filter((band) -> band.contains(value))).as("bands containing CrCl %s", value)
				.hasSize(1);
		}
		RenalBand at80 = bands.stream()
			.filter((band) -> band.contains(BigDecimal.valueOf(80)))
			.findFirst()
			.orElseThrow();
		assertThat(at80.getDoseReductionPercent()).isEqualByComparingTo("33.333");
		RenalBand at50 = bands.stream()
			.filter((band) -> band.contains(BigDecimal.valueOf(50)))
			.findFirst()
			.orElseThrow();
		assertThat(at50.getDoseReductionPercent()).isEqualByComparingTo("50");
		assertThat(at50.getAdvice()).contains("this reference's own convention");
		RenalBand at30 = bands.stream()
			.filter((band) -> band.contains(BigDecimal.valueOf(30)))
			.findFirst()
			.orElseThrow();
		assertThat(at30).isSameAs(at50);
		assertThat(bands).filteredOn(RenalBand::isDialysis).singleElement().satisfies((band) -> {
			assertThat(band.getMaxDailyMg()).isEqualByComparingTo("5");
			assertThat(band.getSources()).extracting("code").containsExactlyInAnyOrder("S20", "S47", "S64", "S69");
			// Kidney failure: below 15 mL/min the dialysis row applies, whether or not on
			// dialysis; exactly 15 stays in the lowest study band.
			assertThat(band.contains(new BigDecimal("14.9"))).isTrue();
			assertThat(band.contains(new BigDecimal("15"))).isFalse();
			assertThat(band.getSummary()).contains("only if the benefit outweighs the risk");
		});
		assertThat(bands).filteredOn((band) -> !band.isDialysis())
			.allSatisfy((band) -> assertThat(band.getSources()).extracting("code").contains("S23"));
	}

	@Test
	void onlyTheTenAndTwentyMilligramTabletsAreScoredAndLiquidsHaveADoseStep() {
		assertThat(this.dosageForms.findByRouteOrderBySortOrderAscAmountAsc(Route.ORAL)
			.stream()
			.filter((form) -> form.getForm() == DosageForm.Form.TABLET)
			.map((form) -> form.getStrength() + (form.isMayBeHalved() ? " scored" : "")))
			.containsExactly("5 mg", "10 mg scored", "20 mg scored", "15 mg");
		assertThat(this.dosageForms.findByRouteOrderBySortOrderAscAmountAsc(Route.ORAL)
			.stream()
			.filter(DosageForm::isLiquid)).isNotEmpty()
			.allSatisfy((form) -> assertThat(form.getDoseStepMg()).isEqualByComparingTo("2.5"));
	}

	@Test
	void theTaperRuleStoresItsEndPointAndSaysItIsTheReferencesOwn() {
		assertThat(this.discontinuation.findAllByOrderBySortOrderAsc()
			.stream()
			.filter(DiscontinuationGuidance::isRuleBasis)).singleElement().satisfies((rule) -> {
				assertThat(rule.getTaperEndFraction()).isEqualByComparingTo("0.25");
				assertThat(rule.getTaperEndMaxDailyMg()).isEqualByComparingTo("10");
				assertThat(rule.getAdvice()).contains("the reference's own rule");
			});
	}

	@Test
	void exactlyOneOralTaperRuleIsTheRuleBasis() {
		assertThat(this.discontinuation.findAllByOrderBySortOrderAsc()
			.stream()
			.filter(DiscontinuationGuidance::isRuleBasis)
			.filter((guidance) -> guidance.getRoute() == Route.ORAL)).singleElement()
			.satisfies((guidance) -> assertThat(guidance.getMinTaperDays()).isEqualTo(14));
	}

	@Test
	void tabletStrengthsAreStored() {
		assertThat(this.dosageForms.findByRouteOrderBySortOrderAscAmountAsc(Route.ORAL)
			.stream()
			.filter((form) -> form.getForm() == DosageForm.Form.TABLET)
			.map(DosageForm::getStrength)).containsExactly("5 mg", "10 mg", "20 mg", "15 mg");
	}

	@Test
	void liquidStrengthsShowTheirConcentration() {
		assertThat(this.dosageForms.findAllByOrderBySortOrderAscAmountAsc().stream().map(DosageForm::getStrength))
			.contains("5 mg/5 mL (1 mg/mL)", "10 mg/5 mL (2 mg/mL)", "25 mg/5 mL (5 mg/mL)", "50 mcg/mL");
	}

}
