package org.baclofen.reference.overview;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.baclofen.reference.kind.CitedContentForm;
import org.baclofen.reference.kind.Label;

/**
 * A checked claim as an editor enters it.
 */
public class ClaimCheckForm extends CitedContentForm {

	@NotBlank(message = "{admin.required}")
	@Size(max = 500, message = "{admin.size}")
	@Label("admin.field.claimCheck.claim")
	private String claim;

	@NotNull(message = "{admin.required}")
	@Label(value = "admin.field.claimCheck.verdict", values = "claim.verdict")
	private ClaimCheck.Verdict verdict;

	@NotBlank(message = "{admin.required}")
	@Size(max = 300, message = "{admin.size}")
	@Label("admin.field.claimCheck.finding")
	private String finding;

	@NotBlank(message = "{admin.required}")
	@Size(max = 4000, message = "{admin.size}")
	@Label("admin.field.claimCheck.explanation")
	private String explanation;

	@NotNull(message = "{admin.required}")
	@Min(value = 0, message = "{admin.sortOrder.range}")
	@Max(value = 10000, message = "{admin.sortOrder.range}")
	@Label("admin.field.pageOrder")
	private Integer sortOrder = 100;

	static ClaimCheckForm of(ClaimCheck claimCheck) {
		ClaimCheckForm form = new ClaimCheckForm();
		form.setVersion(claimCheck.getVersion());
		form.claim = claimCheck.getClaim();
		form.verdict = claimCheck.getVerdict();
		form.finding = claimCheck.getFinding();
		form.explanation = claimCheck.getExplanation();
		form.sortOrder = claimCheck.getSortOrder();
		form.setSourceIds(claimCheck.getSources().stream().map((source) -> source.getId()).toList());
		return form;
	}

	public String getFinding() {
		return this.finding;
	}

	public void setFinding(String finding) {
		this.finding = finding;
	}

	public String getClaim() {
		return this.claim;
	}

	public void setClaim(String claim) {
		this.claim = claim;
	}

	public ClaimCheck.Verdict getVerdict() {
		return this.verdict;
	}

	public void setVerdict(ClaimCheck.Verdict verdict) {
		this.verdict = verdict;
	}

	public String getExplanation() {
		return this.explanation;
	}

	public void setExplanation(String explanation) {
		this.explanation = explanation;
	}

	public Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

}
