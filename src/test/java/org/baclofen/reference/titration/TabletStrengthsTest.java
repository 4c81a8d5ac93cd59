package org.baclofen.reference.titration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.baclofen.reference.titration.TabletStrengths.TabletCount;
import org.junit.jupiter.api.Test;

class TabletStrengthsTest {

	private final TabletStrengths tablets = LabelRules.tablets();

	private static TabletCount count(String strength, String count) {
		return new TabletCount(new BigDecimal(strength), new BigDecimal(count));
	}

	@Test
	void theSmallestStepIsHalfTheSmallestScoredTabletOrTheSmallestWholeOne() {
		assertThat(this.tablets.unit()).isEqualByComparingTo("5");
	}

	@Test
	void withoutHalvingTheSmallestStepIsTheSmallestTablet() {
		TabletStrengths whole = new TabletStrengths(List.of(new TabletStrengths.Strength(new BigDecimal("10"), false),
				new TabletStrengths.Strength(new BigDecimal("20"), false)));
		assertThat(whole.unit()).isEqualByComparingTo("10");
		assertThat(whole.canMake(new BigDecimal("5"))).isFalse();
	}

	@Test
	void breaksADoseIntoTheFewestTabletsHalvingOnlyScoredOnes() {
		assertThat(this.tablets.breakdown(new BigDecimal("15"))).containsExactly(count("10", "1"), count("5", "1"));
		assertThat(this.tablets.breakdown(new BigDecimal("40"))).containsExactly(count("20", "2"));
		assertThat(this.tablets.breakdown(new BigDecimal("5"))).containsExactly(count("5", "1"));
	}

	@Test
	void anUnscoredFiveMilligramTabletIsNeverHalved() {
		assertThat(this.tablets.canMake(new BigDecimal("2.5"))).isFalse();
		assertThat(this.tablets.breakdown(new BigDecimal("2.5"))).isNull();
		assertThat(this.tablets.canMake(new BigDecimal("7.5"))).isFalse();
		TabletStrengths onlyTensScored = new TabletStrengths(
				List.of(new TabletStrengths.Strength(new BigDecimal("10"), true)));
		assertThat(onlyTensScored.breakdown(new BigDecimal("5"))).containsExactly(count("10", "0.5"));
	}

	@Test
	void knowsWhatItCannotMake() {
		assertThat(this.tablets.canMake(new BigDecimal("6"))).isFalse();
		assertThat(this.tablets.breakdown(new BigDecimal("6"))).isNull();
	}

	@Test
	void roundsDownToTheSmallestStep() {
		assertThat(this.tablets.roundDown(new BigDecimal("6.7"))).isEqualByComparingTo("5");
		assertThat(this.tablets.roundDown(new BigDecimal("4.9"))).isEqualByComparingTo("0");
	}

}
