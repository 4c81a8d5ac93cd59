package org.baclofen.reference.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.baclofen.reference.kind.ContentAdmin;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

@Component
class ClaimCheckAdmin extends ContentAdmin<ClaimCheck, ClaimCheckForm> {

	private final ClaimCheckRepository claimChecks;

	ClaimCheckAdmin(ClaimCheckRepository claimChecks) {
		super("claim-checks", ClaimCheck.class, claimChecks, ClaimCheckForm::new, ClaimCheckForm::of);
		this.claimChecks = claimChecks;
	}

	@Override
	public List<ClaimCheck> findAll() {
		return this.claimChecks.findAllByOrderBySortOrderAsc();
	}

	@Override
	public Map<String, Object> formOptions() {
		return Map.of("verdicts", ClaimCheck.Verdict.values());
	}

	@Override
	public ClaimCheck create(ClaimCheckForm form, LocalDate reviewedOn) {
		ClaimCheck claimCheck = new ClaimCheck(form.getClaim(), form.getVerdict(), form.getFinding(),
				form.getExplanation(), reviewedOn);
		apply(form, claimCheck);
		return claimCheck;
	}

	@Override
	public void apply(ClaimCheckForm form, ClaimCheck claimCheck) {
		claimCheck.describe(form.getClaim(), form.getVerdict(), form.getFinding(), form.getExplanation(),
				form.getSortOrder());
	}

	/**
	 * A claim is checked once: a second check of the same claim could contradict the
	 * first.
	 */
	@Override
	public void validate(ClaimCheckForm form, ClaimCheck existing, Errors errors) {
		if (form.getClaim() == null || form.getClaim().isBlank()) {
			return;
		}
		String claim = form.getClaim().strip();
		boolean taken = (existing == null) ? this.claimChecks.existsByClaimIgnoreCase(claim)
				: this.claimChecks.existsByClaimIgnoreCaseAndIdNot(claim, existing.getId());
		if (taken) {
			errors.rejectValue("claim", "admin.claimCheck.claim.taken");
		}
	}

}
