package org.baclofen.reference.interaction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.baclofen.reference.kind.CitedContentForm;
import org.baclofen.reference.kind.Label;
import org.baclofen.reference.safety.SafetyItem;

/**
 * An interaction as an editor enters it. Member names are typed one per line, generic and
 * brand names in separate boxes, because the medication check matches against them.
 */
public class InteractionForm extends CitedContentForm {

	/** The longest name the name columns hold. */
	static final int MAX_NAME_LENGTH = 120;

	@NotBlank(message = "{admin.required}")
	@Size(max = 80, message = "{admin.size}")
	// Blank is reported by @NotBlank alone.
	@Pattern(regexp = "([a-z0-9]+(-[a-z0-9]+)*)?", message = "{admin.slug.pattern}")
	@Label("admin.field.slug")
	private String slug;

	@NotBlank(message = "{admin.required}")
	@Size(max = 150, message = "{admin.size}")
	@Label("admin.field.interactant")
	private String interactant;

	@NotNull(message = "{admin.required}")
	@Label(value = "admin.field.interactantKind", values = "interactant.kind")
	private InteractantKind interactantKind;

	@NotBlank(message = "{admin.required}")
	@Size(max = 4000, message = "{admin.size}")
	@Label("admin.field.effect")
	private String effect;

	@NotBlank(message = "{admin.required}")
	@Size(max = 4000, message = "{admin.size}")
	@Label("admin.field.management")
	private String management;

	@NotNull(message = "{admin.required}")
	@Label(value = "admin.field.severity", values = "severity")
	private Severity severity;

	@Size(max = 1000, message = "{admin.size}")
	@Label("admin.field.severityNote")
	private String severityNote;

	@NotNull(message = "{admin.required}")
	@Min(value = 0, message = "{admin.sortOrder.range}")
	@Max(value = 10000, message = "{admin.sortOrder.range}")
	@Label("admin.field.sortOrder")
	private Integer sortOrder = 100;

	@Size(max = 10000, message = "{admin.size}")
	@Label("admin.field.genericNames")
	private String genericNames = "";

	@Size(max = 10000, message = "{admin.size}")
	@Label("admin.field.brandNames")
	private String brandNames = "";

	/**
	 * Class words and everyday names ("opioid", "beer"), one per line: matched by the
	 * check, not listed as drugs.
	 */
	@Size(max = 10000, message = "{admin.size}")
	@Label("admin.field.otherNames")
	private String otherNames = "";

	/**
	 * The stored warnings shown with this interaction on the check page; may be empty.
	 */
	@Label(value = "admin.field.interaction.safetyItems", linked = SafetyItem.class)
	private List<Long> safetyItemIds = new ArrayList<>();

	static InteractionForm of(Interaction interaction) {
		InteractionForm form = new InteractionForm();
		form.setVersion(interaction.getVersion());
		form.slug = interaction.getSlug();
		form.interactant = interaction.getInteractant();
		form.interactantKind = interaction.getInteractantKind();
		form.effect = interaction.getEffect();
		form.management = interaction.getManagement();
		form.severity = interaction.getSeverity();
		form.severityNote = interaction.getSeverityNote();
		form.sortOrder = interaction.getSortOrder();
		form.genericNames = String.join("\n",
				interaction.getMembers()
					.stream()
					.filter((member) -> !member.isBrand())
					.map(InteractionMember::getName)
					.toList());
		form.brandNames = String.join("\n",
				interaction.getMembers()
					.stream()
					.filter(InteractionMember::isBrand)
					.map(InteractionMember::getName)
					.toList());
		form.otherNames = String.join("\n", interaction.getOtherNames());
		form.safetyItemIds = interaction.getSafetyItems().stream().map((item) -> item.getId()).sorted().toList();
		form.setSourceIds(interaction.getSources().stream().map((source) -> source.getId()).toList());
		return form;
	}

	/**
	 * The member names, each once; a name typed as both generic and brand counts as
	 * generic.
	 */
	Set<InteractionMember> members() {
		Set<InteractionMember> members = new LinkedHashSet<>();
		lines(this.genericNames).forEach((name) -> members.add(new InteractionMember(name, false)));
		lines(this.brandNames).forEach((name) -> members.add(new InteractionMember(name, true)));
		return members;
	}

	/** The other names, each once. */
	Set<String> otherNameSet() {
		return new LinkedHashSet<>(lines(this.otherNames));
	}

	/** Generic names longer than the column allows. */
	List<String> tooLongGenericNames() {
		return tooLong(this.genericNames);
	}

	/**
	 * Brand names longer than the column allows; reported on the brand box, where they
	 * were typed.
	 */
	List<String> tooLongBrandNames() {
		return tooLong(this.brandNames);
	}

	/** Other names longer than the column allows. */
	List<String> tooLongOtherNames() {
		return tooLong(this.otherNames);
	}

	private static List<String> tooLong(String names) {
		return lines(names).stream().filter((name) -> name.length() > MAX_NAME_LENGTH).toList();
	}

	private static List<String> lines(String text) {
		return (text == null) ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getInteractant() {
		return this.interactant;
	}

	public void setInteractant(String interactant) {
		this.interactant = interactant;
	}

	public InteractantKind getInteractantKind() {
		return this.interactantKind;
	}

	public void setInteractantKind(InteractantKind interactantKind) {
		this.interactantKind = interactantKind;
	}

	public String getEffect() {
		return this.effect;
	}

	public void setEffect(String effect) {
		this.effect = effect;
	}

	public String getManagement() {
		return this.management;
	}

	public void setManagement(String management) {
		this.management = management;
	}

	public Severity getSeverity() {
		return this.severity;
	}

	public void setSeverity(Severity severity) {
		this.severity = severity;
	}

	public String getSeverityNote() {
		return this.severityNote;
	}

	public void setSeverityNote(String severityNote) {
		this.severityNote = severityNote;
	}

	public Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

	public String getGenericNames() {
		return this.genericNames;
	}

	public void setGenericNames(String genericNames) {
		this.genericNames = genericNames;
	}

	public String getBrandNames() {
		return this.brandNames;
	}

	public void setBrandNames(String brandNames) {
		this.brandNames = brandNames;
	}

	public String getOtherNames() {
		return this.otherNames;
	}

	public void setOtherNames(String otherNames) {
		this.otherNames = otherNames;
	}

	public List<Long> getSafetyItemIds() {
		return this.safetyItemIds;
	}

	public void setSafetyItemIds(List<Long> safetyItemIds) {
		this.safetyItemIds = (safetyItemIds == null) ? new ArrayList<>() : safetyItemIds;
	}

}
