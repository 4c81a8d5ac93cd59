package org.baclofen.reference.cdshooks;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;

/**
 * An RxNorm concept as RxNorm names it: an ingredient (TTY IN) or a product (SCD, SBD)
 * with its ingredient, strength and dose form. Content, not code: the CDS Hooks service
 * recognises orders coded with these without asking RxNav, and knows which dose the
 * ordered product can make. Any other RxNorm code is looked up in RxNav at run time.
 */
@Entity
@Audited
public class MedicineCode extends StoredCode {

	@Column(nullable = false)
	private String termType;

	@Column(nullable = false)
	private String ingredient;

	private BigDecimal strengthMg;

	private String doseForm;

	protected MedicineCode() {
	}

	public MedicineCode(String system, String code, String display, String termType, String ingredient,
			BigDecimal strengthMg, String doseForm, int sortOrder, LocalDate lastReviewed) {
		super(system, code, display, sortOrder, lastReviewed);
		if (termType == null || termType.isBlank() || ingredient == null || ingredient.isBlank()) {
			throw new IllegalArgumentException("A medicine code names its term type and ingredient");
		}
		if (strengthMg != null && strengthMg.signum() <= 0) {
			throw new IllegalArgumentException("A strength is positive");
		}
		this.termType = termType.strip();
		this.ingredient = ingredient.strip();
		this.strengthMg = strengthMg;
		this.doseForm = (doseForm == null || doseForm.isBlank()) ? null : doseForm.strip();
	}

	/** RxNorm's term type: IN for an ingredient, SCD or SBD for a product. */
	public String getTermType() {
		return this.termType;
	}

	/** The ingredient as RxNorm names it ("baclofen"; several joined by " / "). */
	public String getIngredient() {
		return this.ingredient;
	}

	/** The strength of one unit (tablet) in mg, for a product; null for an ingredient. */
	public BigDecimal getStrengthMg() {
		return this.strengthMg;
	}

	/** RxNorm's dose form ("Oral Tablet"), for a product; null for an ingredient. */
	public String getDoseForm() {
		return this.doseForm;
	}

}
