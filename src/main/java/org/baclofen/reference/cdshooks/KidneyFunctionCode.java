package org.baclofen.reference.cdshooks;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.envers.Audited;

/**
 * A laboratory code under which an EHR reports kidney function (LOINC for creatinine
 * clearance or eGFR). Content, not code: the CDS Hooks service asks for and recognises
 * exactly the codes stored here.
 */
@Entity
@Audited
public class KidneyFunctionCode extends StoredCode {

	/** What the reported number is. */
	public enum Measure {

		/** Creatinine clearance in mL/min: what the renal bands were grouped by. */
		CRCL,

		/**
		 * Estimated GFR in mL/min/1.73 m²: used in place of CrCl, and the card says so.
		 */
		EGFR

	}

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Measure measure;

	protected KidneyFunctionCode() {
	}

	public KidneyFunctionCode(String system, String code, String display, Measure measure, int sortOrder,
			LocalDate lastReviewed) {
		super(system, code, display, sortOrder, lastReviewed);
		if (measure == null) {
			throw new IllegalArgumentException("A kidney-function code says what it measures");
		}
		this.measure = measure;
	}

	public Measure getMeasure() {
		return this.measure;
	}

	public boolean matches(String system, String code) {
		return getSystem().equals(system) && getCode().equals(code);
	}

}
