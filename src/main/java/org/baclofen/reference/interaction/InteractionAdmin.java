package org.baclofen.reference.interaction;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.baclofen.reference.kind.ContentAdmin;
import org.baclofen.reference.safety.SafetyItem;
import org.baclofen.reference.safety.SafetyItemRepository;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

@Component
class InteractionAdmin extends ContentAdmin<Interaction, InteractionForm> {

	private final InteractionRepository interactions;

	private final SafetyItemRepository safetyItems;

	InteractionAdmin(InteractionRepository interactions, SafetyItemRepository safetyItems) {
		super("interactions", Interaction.class, interactions, InteractionForm::new, InteractionForm::of);
		this.interactions = interactions;
		this.safetyItems = safetyItems;
	}

	@Override
	public List<Interaction> findAll() {
		return this.interactions.findAllBy()
			.stream()
			.sorted(Comparator.comparingInt(Interaction::getSortOrder).thenComparing(Interaction::getInteractant))
			.toList();
	}

	@Override
	public Map<String, Object> formOptions() {
		return Map.of("severities", Severity.values(), "interactantKinds", InteractantKind.values(), "safetyItems",
				this.safetyItems.findAllByOrderByBoxedWarningDescSortOrderAsc());
	}

	@Override
	public Interaction create(InteractionForm form, LocalDate reviewedOn) {
		Interaction interaction = new Interaction(form.getSlug(), form.getInteractant(), form.getInteractantKind(),
				form.getEffect(), form.getManagement(), form.getSeverity(), reviewedOn);
		apply(form, interaction);
		return interaction;
	}

	@Override
	public void apply(InteractionForm form, Interaction interaction) {
		interaction.describe(form.getInteractant(), form.getInteractantKind(), form.getEffect(), form.getManagement(),
				form.getSeverity(), form.getSeverityNote(), form.getSortOrder());
		interaction.replaceMembers(form.members());
		interaction.replaceOtherNames(form.otherNameSet());
		interaction.concernsOnly(chosenSafetyItems(form));
	}

	private List<SafetyItem> chosenSafetyItems(InteractionForm form) {
		return this.safetyItems.findAllByOrderByBoxedWarningDescSortOrderAsc()
			.stream()
			.filter((item) -> form.getSafetyItemIds().contains(item.getId()))
			.toList();
	}

	@Override
	public void validate(InteractionForm form, Interaction existing, Errors errors) {
		if (existing == null && form.getSlug() != null && this.interactions.existsBySlug(form.getSlug())) {
			errors.rejectValue("slug", "admin.slug.taken");
		}
		if (existing != null && !existing.getSlug().equals(form.getSlug())) {
			errors.rejectValue("slug", "admin.slug.fixed");
		}
		if (!form.tooLongGenericNames().isEmpty()) {
			errors.rejectValue("genericNames", "admin.interaction.nameTooLong",
					new Object[] { form.tooLongGenericNames().get(0) }, null);
		}
		if (!form.tooLongBrandNames().isEmpty()) {
			errors.rejectValue("brandNames", "admin.interaction.nameTooLong",
					new Object[] { form.tooLongBrandNames().get(0) }, null);
		}
		if (!form.tooLongOtherNames().isEmpty()) {
			errors.rejectValue("otherNames", "admin.interaction.nameTooLong",
					new Object[] { form.tooLongOtherNames().get(0) }, null);
		}
		if (chosenSafetyItems(form).size() != new java.util.HashSet<>(form.getSafetyItemIds()).size()) {
			errors.rejectValue("safetyItemIds", "admin.screeningCondition.safetyItems.unknown");
		}
	}

}
