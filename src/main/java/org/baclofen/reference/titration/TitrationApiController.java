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
 * The titration API: a stable contract other systems call. It checks, plans and tapers;
 * it stores nothing. Every answer names the kidney row and the age rule it applied, in
 * the words the pages use.
 */
@JsonApi("/api/titration")
class TitrationApiController {

	private final TitrationService titration;

	TitrationApiController(TitrationService titration) {
		this.titration = titration;
	}

	record FindingView(int step, Rule rule, Rule.Severity severity, String message) {
	}

	/**
	 * The kidney row applied: who it is for, its reduction (of the dose the patient would
	 * otherwise take) and its ceiling (that reduction applied to the label maximum).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record RenalBandView(BigDecimal crclMlPerMin, boolean dialysis, String patients, BigDecimal reductionPercent,
			BigDecimal ceilingMg, BigDecimal bandMaxDailyMg, String meaning, String sourceKind, String sources,
			BigDecimal maxDailyMg, BigDecimal reducedTargetDailyMg) {

		static RenalBandView of(PatientRules applied, BigDecimal reducedTargetDailyMg) {
			RenalBandRule band = applied.renalBand();
			if (band == null) {
				return null;
			}
			BigDecimal labelMax = applied.stored().maxDailyMg();
			return new RenalBandView(applied.patient().crclMlPerMin(), applied.patient().dialysis(), band.patients(),
					band.reductionPercent(), applied.renalCeilingMg(), band.maxDailyMg(), band.meaning(labelMax),
					band.sourceKind(), band.sources(), applied.maxDailyMg(), reducedTargetDailyMg);
		}

	}

	/** The age rule applied, or that none was (the adult rules), in words. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record AgeView(Integer ageYears, String ages, String schedule, Boolean offLabel, BigDecimal ceilingMg,
			BigDecimal startDoseMg, String sources, String statement) {

		static AgeView of(PatientRules applied) {
			AgeBandRule age = applied.ageBand();
			return new AgeView(applied.patient().ageYears(), (age == null) ? null : age.ages(),
					(age == null) ? null : age.schedule().name(), (age == null) ? null : age.offLabel(),
					applied.ageCeilingMg(),
					(applied.weightStart() == null) ? null : applied.weightStart().startDoseMg(),
					(age == null) ? null : age.sources(), applied.ageStatement());
		}

	}

	record CheckResponse(Verdict verdict, List<FindingView> findings, RenalBandView renal, AgeView age,
			List<ScheduledStep> steps) {
	}

	record ProductView(long id, String name, OralProduct.Kind kind) {

		static ProductView of(OralProduct product) {
			return new ProductView(product.id(), product.name(), product.kind());
		}

	}

	record PlanResponse(LocalDate start, ProductView product, BigDecimal targetDailyMg, BigDecimal finalDailyMg,
			RenalBandView renal, AgeView age, List<Integer> lengthenedSteps, List<ScheduledStep> steps) {
	}

	/**
	 * A taper: the daily dose it starts from, the patient's ceiling (kidney or age,
	 * whichever is lower) and whether its first step comes down to it (the step rule's
	 * one exception).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record TaperResponse(LocalDate start, ProductView product, BigDecimal currentDailyMg, BigDecimal ceilingMg,
			String ceiling, boolean firstStepToCeiling, RenalBandView renal, AgeView age, List<ScheduledStep> steps) {
	}

	// No "consumes" condition: a non-JSON body must reach the handler so it is answered
	// in the API error shape.
	@PostMapping("/check")
	CheckResponse check(@Valid @RequestBody PlanCheckRequest request) {
		TitrationService.CheckedPlan checked = this.titration.check(request);
		PatientRules applied = checked.check().applied();
		return new CheckResponse(checked.check().verdict(), checked.check()
			.findings()
			.stream()
			.map((finding) -> new FindingView(finding.step(), finding.rule(), finding.severity(), finding.message()))
			.toList(), RenalBandView.of(applied, null), AgeView.of(applied), checked.steps());
	}

	@GetMapping("/plan")
	PlanResponse plan(@Valid @ModelAttribute PlanRequest request) {
		TitrationService.DatedPlan plan = this.titration.plan(request);
		return new PlanResponse(plan.start(), ProductView.of(plan.product()), plan.targetDailyMg(), plan.finalDailyMg(),
				RenalBandView.of(plan.applied(), plan.reducedTargetDailyMg()), AgeView.of(plan.applied()),
				plan.lengthenedSteps(), plan.steps());
	}

	@PostMapping("/taper")
	TaperResponse taper(@Valid @RequestBody TaperRequest request) {
		TitrationService.DatedPlan taper = this.titration.taper(request);
		PatientRules applied = taper.applied();
		return new TaperResponse(taper.start(), ProductView.of(taper.product()), taper.targetDailyMg(),
				applied.ceilingMg(), applied.ceilingReason(), taper.startsAboveCeiling(),
				RenalBandView.of(applied, null), AgeView.of(applied), taper.steps());
	}

}
