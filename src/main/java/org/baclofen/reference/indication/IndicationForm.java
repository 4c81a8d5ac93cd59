package org.baclofen.reference.indication;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.baclofen.reference.content.Route;
import org.baclofen.reference.kind.CitedContentForm;
import org.baclofen.reference.kind.Label;

/**
 * A use of baclofen as an editor enters it.
 */
public class IndicationForm extends CitedContentForm {

	@NotBlank(message = "{admin.required}")
	@Size(max = 80, message = "{admin.size}")
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{admin.slug.pattern}")
	@Label("admin.field.slug")
	private String slug;

	@NotBlank(message = "{admin.required}")
	@Size(max = 150, message = "{admin.size}")
	@Label("admin.field.indication.name")
	private String name;

	@NotNull(message = "{admin.required}")
	@Label(value = "admin.field.indication.status", values = "indication.status")
	private IndicationStatus status;

	@NotNull(message = "{admin.required}")
	@Label(value = "admin.field.route", values = "route")
	private Route route;

	@NotNull(message = "{admin.required}")
	@Label(value = "admin.field.indication.evidence", values = "indication.evidence")
	private EvidenceStrength evidence;

	@NotBlank(message = "{admin.required}")
	@Size(max = 600, message = "{admin.size}")
	@Label("admin.field.indication.summary")
	private String summary;

	@NotBlank(message = "{admin.required}")
	@Size(max = 6000, message = "{admin.size}")
	@Label("admin.field.indication.details")
	private String details;

	@NotNull(message = "{admin.required}")
	@Min(value = 0, message = "{admin.sortOrder.range}")
	@Max(value = 10000, message = "{admin.sortOrder.range}")
	@Label("admin.field.pageOrder")
	private Integer sortOrder = 100;

	static IndicationForm of(Indication indication) {
		IndicationForm form = new IndicationForm();
		form.setVersion(indication.getVersion());
		form.slug = indication.getSlug();
		form.name = indication.getName();
		form.status = indication.getStatus();
		form.route = indication.getRoute();
		form.evidence = indication.getEvidence();
		form.summary = indication.getSummary();
		form.details = indication.getDetails();
		form.sortOrder = indication.getSortOrder();
		form.setSourceIds(indication.getSources().stream().map((source) -> source.getId()).toList());
		return form;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public IndicationStatus getStatus() {
		return this.status;
	}

	public void setStatus(IndicationStatus status) {
		this.status = status;
	}

	public Route getRoute() {
		return this.route;
	}

	public void setRoute(Route route) {
		this.route = route;
	}

	public EvidenceStrength getEvidence() {
		return this.evidence;
	}

	public void setEvidence(EvidenceStrength evidence) {
		this.evidence = evidence;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getDetails() {
		return this.details;
	}

	public void setDetails(String details) {
		this.details = details;
	}

	public Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

}
