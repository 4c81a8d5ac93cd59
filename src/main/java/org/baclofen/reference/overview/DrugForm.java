package org.baclofen.reference.overview;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.baclofen.reference.content.Source;
import org.baclofen.reference.kind.CitedContentForm;
import org.baclofen.reference.kind.Label;

/**
 * The drug's description and codes as an editor enters them.
 */
public class DrugForm extends CitedContentForm {

	@NotBlank(message = "{admin.required}")
	@Size(max = 100, message = "{admin.size}")
	@Label("admin.field.drug.name")
	private String name;

	@NotBlank(message = "{admin.required}")
	@Size(max = 2000, message = "{admin.size}")
	@Label("admin.field.drug.summary")
	private String summary;

	@NotBlank(message = "{admin.required}")
	@Size(max = 4000, message = "{admin.size}")
	@Label("admin.field.drug.mechanism")
	private String mechanism;

	@NotBlank(message = "{admin.required}")
	@Size(max = 20, message = "{admin.size}")
	@Pattern(regexp = "\\d*", message = "{admin.drug.code.digits}")
	@Label("admin.field.drug.rxnormCui")
	private String rxnormCui;

	/**
	 * An ATC code at any level, from the anatomical group (M) to the substance (M03BX01).
	 * The patterns accept an empty value so that a blank field shows only "Fill this in".
	 */
	@NotBlank(message = "{admin.required}")
	@Size(max = 20, message = "{admin.size}")
	@Pattern(regexp = "([A-Z](\\d{2}([A-Z]([A-Z](\\d{2})?)?)?)?)?", message = "{admin.drug.atcCode.pattern}")
	@Label("admin.field.drug.atcCode")
	private String atcCode;

	@NotBlank(message = "{admin.required}")
	@Size(max = 20, message = "{admin.size}")
	@Pattern(regexp = "\\d*", message = "{admin.drug.code.digits}")
	@Label("admin.field.drug.snomedCtId")
	private String snomedCtId;

	/**
	 * The names the drug's products are sold under, one per line; the check reports them
	 * as duplicate therapy.
	 */
	@Size(max = 5000, message = "{admin.size}")
	@Label("admin.field.drug.brandNames")
	private String brandNames = "";

	@NotBlank(message = "{admin.required}")
	@Pattern(regexp = "(" + Source.CODE_FORMAT + ")?", message = "{admin.source.code.pattern}")
	@Label("admin.field.drug.rxnormSourceCode")
	private String rxnormSourceCode;

	@NotBlank(message = "{admin.required}")
	@Pattern(regexp = "(" + Source.CODE_FORMAT + ")?", message = "{admin.source.code.pattern}")
	@Label("admin.field.drug.atcSourceCode")
	private String atcSourceCode;

	@NotBlank(message = "{admin.required}")
	@Pattern(regexp = "(" + Source.CODE_FORMAT + ")?", message = "{admin.source.code.pattern}")
	@Label("admin.field.drug.snomedCtSourceCode")
	private String snomedCtSourceCode;

	static DrugForm of(Drug drug) {
		DrugForm form = new DrugForm();
		form.setVersion(drug.getVersion());
		form.name = drug.getName();
		form.summary = drug.getSummary();
		form.mechanism = drug.getMechanism();
		form.rxnormCui = drug.getRxnormCui();
		form.atcCode = drug.getAtcCode();
		form.snomedCtId = drug.getSnomedCtId();
		form.brandNames = String.join("\n", drug.getBrandNames());
		form.rxnormSourceCode = codeOf(drug.getRxnormSource());
		form.atcSourceCode = codeOf(drug.getAtcSource());
		form.snomedCtSourceCode = codeOf(drug.getSnomedCtSource());
		form.setSourceIds(drug.getSources().stream().map((source) -> source.getId()).toList());
		return form;
	}

	private static String codeOf(Source source) {
		return (source == null) ? null : source.getCode();
	}

	/**
	 * The source code entered for each drug code, keyed by the form field, in the order
	 * the page shows them.
	 */
	Map<String, String> codeSourceFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("rxnormSourceCode", this.rxnormSourceCode);
		fields.put("atcSourceCode", this.atcSourceCode);
		fields.put("snomedCtSourceCode", this.snomedCtSourceCode);
		return fields;
	}

	public String getRxnormSourceCode() {
		return this.rxnormSourceCode;
	}

	public void setRxnormSourceCode(String rxnormSourceCode) {
		this.rxnormSourceCode = rxnormSourceCode;
	}

	public String getAtcSourceCode() {
		return this.atcSourceCode;
	}

	public void setAtcSourceCode(String atcSourceCode) {
		this.atcSourceCode = atcSourceCode;
	}

	public String getSnomedCtSourceCode() {
		return this.snomedCtSourceCode;
	}

	public void setSnomedCtSourceCode(String snomedCtSourceCode) {
		this.snomedCtSourceCode = snomedCtSourceCode;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getMechanism() {
		return this.mechanism;
	}

	public void setMechanism(String mechanism) {
		this.mechanism = mechanism;
	}

	public String getRxnormCui() {
		return this.rxnormCui;
	}

	public void setRxnormCui(String rxnormCui) {
		this.rxnormCui = rxnormCui;
	}

	public String getAtcCode() {
		return this.atcCode;
	}

	public void setAtcCode(String atcCode) {
		this.atcCode = atcCode;
	}

	public String getSnomedCtId() {
		return this.snomedCtId;
	}

	public void setSnomedCtId(String snomedCtId) {
		this.snomedCtId = snomedCtId;
	}

	public String getBrandNames() {
		return this.brandNames;
	}

	public void setBrandNames(String brandNames) {
		this.brandNames = (brandNames != null) ? brandNames : "";
	}

	/** The brand names typed, each once, without blank lines. */
	List<String> brandNameList() {
		return Arrays.stream(this.brandNames.split("\\R"))
			.map(String::strip)
			.filter((name) -> !name.isEmpty())
			.distinct()
			.toList();
	}

}
