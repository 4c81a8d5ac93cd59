package org.baclofen.reference.dosing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.baclofen.reference.content.Route;
import org.baclofen.reference.kind.ContentAdmin;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

@Component
class DiscontinuationGuidanceAdmin extends ContentAdmin<DiscontinuationGuidance, DiscontinuationGuidanceForm> {

	private final DiscontinuationGuidanceRepository guidance;

	DiscontinuationGuidanceAdmin(DiscontinuationGuidanceRepository guidance) {
		super("discontinuation-guidance", DiscontinuationGuidance.class, guidance, DiscontinuationGuidanceForm::new,
				DiscontinuationGuidanceForm::of);
		this.guidance = guidance;
	}

	@Override
	public List<DiscontinuationGuidance> findAll() {
		return this.guidance.findAllByOrderBySortOrderAsc();
	}

	@Override
	public Map<String, Object> formOptions() {
		return Map.of("routes", Route.values());
	}

	@Override
	public DiscontinuationGuidance create(DiscontinuationGuidanceForm form, LocalDate reviewedOn) {
		DiscontinuationGuidance item = new DiscontinuationGuidance(form.getRoute(), form.getTitle(),
				form.getMinTaperDays(), form.getMaxTaperDays(), form.getAdvice(), form.isRuleBasis(),
				form.getSortOrder(), reviewedOn);
		item.endTaperAt(form.getTaperEndFraction(), form.getTaperEndMaxDailyMg());
		item.stepDownBy(form.getTaperStepMaxFraction(), form.getTaperStepFloorMg(), form.getTaperStepMinDays());
		return item;
	}

	@Override
	public void apply(DiscontinuationGuidanceForm form, DiscontinuationGuidance item) {
		item.describe(form.getRoute(), form.getTitle(), form.getMinTaperDays(), form.getMaxTaperDays(),
				form.getAdvice(), form.isRuleBasis(), form.getSortOrder());
		item.endTaperAt(form.getTaperEndFraction(), form.getTaperEndMaxDailyMg());
		item.stepDownBy(form.getTaperStepMaxFraction(), form.getTaperStepFloorMg(), form.getTaperStepMinDays());
	}

	/**
	 * Titles are unique, and exactly one oral row with a minimum taper stays the rule
	 * basis: the taper planner and checker read their minimum from it.
	 */
	@Override
	public void validate(DiscontinuationGuidanceForm form, DiscontinuationGuidance existing, Errors errors) {
		if (form.getTitle() != null && this.guidance.findByTitleIgnoreCase(form.getTitle().strip())
			.stream()
			.anyMatch((other) -> !isSame(other, existing))) {
			errors.rejectValue("title", "admin.discontinuation.titleTaken", "Another item already has this title");
		}
		if (form.getMinTaperDays() != null && form.getMaxTaperDays() != null
				&& form.getMinTaperDays() > form.getMaxTaperDays()) {
			errors.rejectValue("minTaperDays", "admin.number.minAboveMax", "The lower value is above the upper one");
		}
		List<DiscontinuationGuidance> otherRuleBases = this.guidance.findAllByOrderBySortOrderAsc()
			.stream()
			.filter(DiscontinuationGuidance::isRuleBasis)
			.filter((other) -> !isSame(other, existing))
			.toList();
		if (form.isRuleBasis()) {
			if (form.getRoute() != Route.ORAL || form.getMinTaperDays() == null || form.getMinTaperDays() < 1) {
				errors.rejectValue("ruleBasis", "admin.discontinuation.ruleBasisNeedsTaper",
						"The rule basis must be oral guidance with a minimum taper of at least 1 day");
			}
			else if (!otherRuleBases.isEmpty()) {
				errors.rejectValue("ruleBasis", "admin.discontinuation.ruleBasisTaken",
						new Object[] { otherRuleBases.get(0).getTitle() },
						"Only one row can be the rule basis, and another row is: edit that row instead");
			}
			else if (form.getTaperStepMaxFraction() == null || form.getTaperStepMinDays() == null) {
				errors.rejectValue("taperStepMaxFraction", "admin.discontinuation.ruleBasisNeedsStepRule",
						"The rule basis states the taper step rule: the share a step may remove and its days");
			}
		}
		else if (existing != null && existing.isRuleBasis() && otherRuleBases.isEmpty()) {
			errors.rejectValue("ruleBasis", "admin.discontinuation.ruleBasisRequired",
					"This row is the rule basis the taper checks use, and there must be one: edit its values instead");
		}
	}

	@Override
	public Optional<MessageSourceResolvable> deletionBlocker(DiscontinuationGuidance item) {
		if (item.isRuleBasis()) {
			return Optional.of(reason("admin.discontinuation.ruleBasis"));
		}
		return Optional.empty();
	}

	private static boolean isSame(DiscontinuationGuidance stored, DiscontinuationGuidance existing) {
		return existing != null && stored.getId().equals(existing.getId());
	}

}
