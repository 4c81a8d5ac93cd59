package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import org.baclofen.reference.system.JsonApi;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The titration API: a stable contract other systems call. It checks and plans; it stores
 * nothing.
 */
@JsonApi("/api/titration")
class TitrationApiController {

	private final TitrationService titration;

	TitrationApiController(TitrationService titration) {
		this.titration = titration;
	}

	record FindingView(int step, Rule rule, Rule.Severity severity, String message) {
	}

	record CheckResponse(Verdict verdict, List<FindingView> findings, List<ScheduledStep> steps) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record RenalBandView(BigDecimal crclMlPerMin, boolean dialysis, BigDecimal reductionPercent,
			BigDecimal bandMaxDailyMg, String sourceKind, String sources, BigDecimal maxDailyMg,
			BigDecimal reducedTargetDailyMg) {
	}

	record ProductView(long id, String name, OralProduct.Kind kind) {
	}

	record PlanResponse(LocalDate start, ProductView product, BigDecimal targetDailyMg, BigDecimal finalDailyMg,
			RenalBandView renal, List<Integer> lengthenedSteps, List<ScheduledStep> steps) {
	}

	// No "consumes" condition: a non-JSON body must reach the handler so it is answered
	// in the API error shape.
	@PostMapping("/check")
	CheckResponse check(@Valid @RequestBody PlanCheckRequest request) {
		TitrationService.CheckedPlan checked = this.titration.check(request);
		return new CheckResponse(checked.check().verdict(), checked.check()
			.findings()
			.stream()
			.map((finding) -> new FindingView(finding.step(), finding.rule(), finding.severity(), finding.message()))
			.toList(), checked.steps());
	}

	@GetMapping("/plan")
	PlanResponse plan(@Valid @ModelAttribute PlanRequest request) {
		TitrationService.DatedPlan plan = this.titration.plan(request);
		RenalBandView renal = (plan.renalBand() == null) ? null
				: new RenalBandView(plan.crclMlPerMin(), plan.dialysis(), plan.renalBand().reductionPercent(),
						plan.renalBand().maxDailyMg(), plan.renalBand().sourceKind(), plan.renalBand().sources(),
						plan.maxDailyMg(), plan.reducedTargetDailyMg());
		return new PlanResponse(plan.start(),
				new ProductView(plan.product().id(), plan.product().name(), plan.product().kind()),
				plan.targetDailyMg(), plan.finalDailyMg(), renal, plan.lengthenedSteps(), plan.steps());
	}

}
