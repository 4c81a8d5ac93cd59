package org.baclofen.reference.titration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.baclofen.reference.titration.TitrationRulesSource.StoredRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service loads the rules itself (one call per plan, taper or check) and takes
 * "today" from the application clock, never from the machine's.
 */
class TitrationServiceTest {

	private static final LocalDate TODAY = LocalDate.of(2031, 3, 15);

	private final TitrationRulesSource rulesSource = mock(TitrationRulesSource.class);

	private final TitrationService service = new TitrationService(this.rulesSource,
			Clock.fixed(Instant.parse("2031-03-15T10:00:00Z"), ZoneOffset.UTC));

	private final StoredRules stored = new StoredRules(LabelRules.rules(), null, null, List.of());

	@BeforeEach
	void storedRules() {
		when(this.rulesSource.load()).thenReturn(this.stored);
	}

	private static PlanRequest planStarting(LocalDate start) {
		PlanRequest request = new PlanRequest();
		request.setStart(start);
		request.setTargetDailyMg(new BigDecimal("60"));
		return request;
	}

	@Test
	void anEmptyStartIsTodayByTheApplicationClock() {
		TitrationService.DatedPlan plan = this.service.plan(planStarting(null));
		assertThat(plan.start()).isEqualTo(TODAY);
		assertThat(plan.steps().get(0).fromDate()).isEqualTo(TODAY);

		TaperRequest taper = new TaperRequest();
		taper.setCurrentDoseMg(new BigDecimal("20"));
		assertThat(this.service.taper(taper).steps().get(0).fromDate()).isEqualTo(TODAY);
	}

	@Test
	void aStartIsAcceptedUpToAYearBackAndTwoYearsAheadOfTheClock() {
		assertThat(this.service.plan(planStarting(TODAY.minusYears(1))).start()).isEqualTo(TODAY.minusYears(1));
		assertThat(this.service.plan(planStarting(TODAY.plusYears(2))).start()).isEqualTo(TODAY.plusYears(2));
		assertThatThrownBy(() -> this.service.plan(planStarting(TODAY.minusYears(1).minusDays(1))))
			.isInstanceOf(PlanRefusedException.class);
		assertThatThrownBy(() -> this.service.plan(planStarting(TODAY.plusYears(2).plusDays(1))))
			.isInstanceOf(PlanRefusedException.class);
	}

	@Test
	void eachCallLoadsTheRulesOnceAndReturnsThemWithTheResult() {
		PlanCheckRequest check = new PlanCheckRequest();
		check.setSteps(List.of(new StepInput(3, new BigDecimal("5"), 3)));
		TitrationService.CheckedPlan checked = this.service.check(check);
		assertThat(checked.check().verdict()).isEqualTo(Verdict.OK);
		assertThat(checked.stored()).isSameAs(this.stored);
		verify(this.rulesSource, times(1)).load();
	}

}
