package org.baclofen.reference.adverse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.baclofen.reference.content.Route;
import org.baclofen.reference.kind.ContentAdmin;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

@Component
class AdverseEffectAdmin extends ContentAdmin<AdverseEffect, AdverseEffectForm> {

	private final AdverseEffectRepository adverseEffects;

	AdverseEffectAdmin(AdverseEffectRepository adverseEffects) {
		super("adverse-effects", AdverseEffect.class, adverseEffects, AdverseEffectForm::new, AdverseEffectForm::of);
		this.adverseEffects = adverseEffects;
	}

	@Override
	public List<AdverseEffect> findAll() {
		return this.adverseEffects.findAllByOrderBySortOrderAscNameAsc();
	}

	@Override
	public Map<String, Object> formOptions() {
		return Map.of("routes", Route.values());
	}

	/**
	 * The name with its route, since the same reaction can be listed for oral and
	 * intrathecal use.
	 */
	@Override
	public AdverseEffect create(AdverseEffectForm form, LocalDate reviewedOn) {
		AdverseEffect effect = new AdverseEffect(form.getName(), form.getRoute(), form.getBodySystem(), reviewedOn);
		apply(form, effect);
		return effect;
	}

	@Override
	public void apply(AdverseEffectForm form, AdverseEffect effect) {
		effect.describe(form.getName(), form.getRoute(), form.getBodySystem(), form.getFrequencyMinPercent(),
				form.getFrequencyMaxPercent(), form.getNote(), form.getSortOrder());
		effect.wordForPatients(form.getPatientWording());
	}

	@Override
	public void validate(AdverseEffectForm form, AdverseEffect existing, Errors errors) {
		if (form.getFrequencyMinPercent() != null && form.getFrequencyMaxPercent() != null
				&& form.getFrequencyMinPercent().compareTo(form.getFrequencyMaxPercent()) > 0) {
			errors.rejectValue("frequencyMaxPercent", "admin.adverseEffect.frequency.order");
		}
		if (form.getName() == null || form.getName().isBlank() || form.getRoute() == null) {
			return;
		}
		String name = form.getName().strip();
		boolean taken = (existing == null) ? this.adverseEffects.existsByNameIgnoreCaseAndRoute(name, form.getRoute())
				: this.adverseEffects.existsByNameIgnoreCaseAndRouteAndIdNot(name, form.getRoute(), existing.getId());
		if (taken) {
			errors.rejectValue("name", "admin.adverseEffect.taken");
		}
	}

}
