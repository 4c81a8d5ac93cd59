package org.baclofen.reference.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ScreeningConditionTest {

	@Test
	void aCodeIsUpperCaseWordsJoinedByUnderscores() {
		assertThat(new ScreeningCondition("AGE_65_OR_OVER", " Age 65 or over ", 10).getLabel())
			.isEqualTo("Age 65 or over");
		assertThatIllegalArgumentException().isThrownBy(() -> new ScreeningCondition("epilepsy", "Epilepsy", 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new ScreeningCondition("RENAL IMPAIRMENT", "Renal", 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new ScreeningCondition(null, "Renal", 1));
	}

	@Test
	void aConditionNeedsALabel() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ScreeningCondition("EPILEPSY", " ", 1));
	}

}
