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
			.map(DosageForm::getStrength)).containsExactly("5 mg", "10 mg", "20 mg");
	}

	@Test
	void liquidStrengthsShowTheirConcentration() {
		assertThat(this.dosageForms.findAllByOrderBySortOrderAscAmountAsc().stream().map(DosageForm::getStrength))
			.contains("5 mg/5 mL (1 mg/mL)", "10 mg/5 mL (2 mg/mL)", "25 mg/5 mL (5 mg/mL)", "50 mcg/mL");
	}

}
