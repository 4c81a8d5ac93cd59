package org.baclofen.reference.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ScreeningConditionTest {

	private static final LocalDate REVIEWED = LocalDate.of(2026, 11, 21);

	@Test
	void aCodeIsUpperCaseWordsJoinedByUnderscores() {
		assertThat(new ScreeningCondition("AGE_65_OR_OVER", " Age 65 or over ", 10, REVIEWED).getLabel())
			.isEqualTo("Age 65 or over");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ScreeningCondition("epilepsy", "Epilepsy", 1, REVIEWED));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ScreeningCondition("RENAL IMPAIRMENT", "Renal", 1, REVIEWED));
		assertThatIllegalArgumentException().isThrownBy(() -> new ScreeningCondition(null, "Renal", 1, REVIEWED));
	}

	@Test
	void aConditionNeedsALabel() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ScreeningCondition("EPILEPSY", " ", 1, REVIEWED));
	}

	@Test
	void aConditionNeedsAReviewDate() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ScreeningCondition("EPILEPSY", "Epilepsy", 1, null));
	}

	@Test
	void aReviewIsRecordedWithItsReviewer() {
		ScreeningCondition condition = new ScreeningCondition("EPILEPSY", "Epilepsy", 1, REVIEWED);
		assertThatIllegalArgumentException().isThrownBy(() -> condition.markReviewed(REVIEWED.plusDays(1), " "));
		condition.markReviewed(REVIEWED.plusDays(1), "editor1");
		assertThat(condition.getLastReviewed()).isEqualTo(REVIEWED.plusDays(1));
		assertThat(condition.getReviewedBy()).isEqualTo("editor1");
	}

}
