package org.baclofen.reference.cdshooks;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.baclofen.reference.content.CitedContent;
import org.hibernate.envers.Audited;

/**
 * A laboratory code under which an EHR reports kidney function (LOINC for creatinine
 * clearance or eGFR). Content, not code: the CDS Hooks service asks for and recognises
 * exactly the codes stored here.
 */
@Entity
@Audited
public class KidneyFunctionCode extends CitedContent {

	/** What the reported number is. */
	public enum Measure {

		/** Creatinine clearance in mL/min: what the renal bands were grouped by. */
		CRCL,

		/**
		 * Estimated GFR in mL/min/1.73 m²: used in place of CrCl, and the card says so.
		 */
		EGFR

	}

	@Column(name = "system_uri", nullable = false)
	private String system;

	@Column(nullable = false)
	private String code;

	@Column(nullable = false)
	private String display;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Measure measure;

	private int sortOrder;

	protected KidneyFunctionCode() {
	}

	public KidneyFunctionCode(String system, String code, String display, Measure measure, int sortOrder,
			LocalDate lastReviewed) {
		super(lastReviewed);
		if (system == null || system.isBlank() || code == null || code.isBlank() || display == null || display.isBlank()
				|| measure == null) {
			throw new IllegalArgumentException("A kidney-function code names its system, code, display and measure");
		}
		this.system = system.strip();
		this.code = code.strip();
		this.display = display.strip();
		this.measure = measure;
		this.sortOrder = sortOrder;
	}

	public String getSystem() {
		return this.system;
	}

	public String getCode() {
		return this.code;
	}

	public String getDisplay() {
		return this.display;
	}

	public Measure getMeasure() {
		return this.measure;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public boolean matches(String system, String code) {
		return this.system.equals(system) && this.code.equals(code);
	}

	@Override
	public String displayTitle() {
		return this.display + " (" + this.code + ")";
	}

	/**
	 * No page lists the codes: they are read by EHRs, through the CDS Hooks service that
	 * asks for them.
	 */
	@Override
	public String publicLink() {
		return "/cds-services";
	}

}
