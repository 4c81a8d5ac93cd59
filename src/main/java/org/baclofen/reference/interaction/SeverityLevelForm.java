package org.baclofen.reference.interaction;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.baclofen.reference.kind.CitedContentForm;
import org.baclofen.reference.kind.Label;

/**
 * A level of an interaction-severity scale as an editor enters it.
 */
public class SeverityLevelForm extends CitedContentForm {

	@NotBlank(message = "{admin.required}")
	@Size(max = 30, message = "{admin.size}")
	@Pattern(regexp = "[A-Z0-9_]*", message = "{admin.severityLevel.code.pattern}")
	@Label("admin.field.severityLevel.scale")
	private String scale;

	@NotBlank(message = "{admin.required}")
	@Size(max = 20, message = "{admin.size}")
	@Pattern(regexp = "[A-Z0-9_]*", message = "{admin.severityLevel.code.pattern}")
	@Label("admin.field.code")
	private String code;

	@NotBlank(message = "{admin.required}")
	@Size(max = 60, message = "{admin.size}")
	@Label("admin.field.severityLevel.label")
	private String label;

	@NotBlank(message = "{admin.required}")
	@Size(max = 1000, message = "{admin.size}")
	@Label("admin.field.severityLevel.meaning")
	private String meaning;

	@NotNull(message = "{admin.required}")
	@Min(value = 1, message = "{admin.severityLevel.rank.range}")
	@Max(value = SeverityLevel.LOWEST_RANK, message = "{admin.severityLevel.rank.range}")
	@Label("admin.field.severityLevel.rank")
	private Integer rank;

	static SeverityLevelForm of(SeverityLevel level) {
		SeverityLevelForm form = new SeverityLevelForm();
		form.setVersion(level.getVersion());
		form.scale = level.getScale();
		form.code = level.getCode();
		form.label = level.getLabel();
		form.meaning = level.getMeaning();
		form.rank = level.getRank();
		form.setSourceIds(level.getSources().stream().map((source) -> source.getId()).toList());
		return form;
	}

	public String getScale() {
		return this.scale;
	}

	public void setScale(String scale) {
		this.scale = scale;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public String getMeaning() {
		return this.meaning;
	}

	public void setMeaning(String meaning) {
		this.meaning = meaning;
	}

	public Integer getRank() {
		return this.rank;
	}

	public void setRank(Integer rank) {
		this.rank = rank;
	}

}
