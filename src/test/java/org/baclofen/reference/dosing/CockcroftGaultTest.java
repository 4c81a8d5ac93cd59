package org.baclofen.reference.dosing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.baclofen.reference.dosing.CockcroftGault.CreatinineUnit;
import org.baclofen.reference.dosing.CockcroftGault.Sex;
import org.junit.jupiter.api.Test;

class CockcroftGaultTest {

	@Test
	void estimatesClearanceForAMan() {
		// (140 - 60) x 70 / (72 x 1.0) = 77.8
		assertThat(CockcroftGault.crclMlPerMin(60, new BigDecimal("70"), BigDecimal.ONE, CreatinineUnit.MG_PER_DL,
				Sex.MALE))
			.isEqualByComparingTo("77.8");
	}

	@Test
	void appliesTheFactorForAWoman() {
		assertThat(CockcroftGault.crclMlPerMin(60, new BigDecimal("70"), BigDecimal.ONE, CreatinineUnit.MG_PER_DL,
				Sex.FEMALE))
			.isEqualByComparingTo("66.1");
	}

	@Test
	void convertsMicromolesPerLitre() {
		assertThat(CockcroftGault.crclMlPerMin(60, new BigDecimal("70"), new BigDecimal("88.4"),
				CreatinineUnit.UMOL_PER_L, Sex.MALE))
			.isEqualByComparingTo("77.8");
	}

	@Test
	void appliesOnlyToAdults() {
		assertThatIllegalArgumentException().isThrownBy(() -> CockcroftGault.crclMlPerMin(12, new BigDecimal("40"),
				BigDecimal.ONE, CreatinineUnit.MG_PER_DL, Sex.MALE));
	}

}
