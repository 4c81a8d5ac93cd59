package org.baclofen.reference.cdshooks;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.baclofen.reference.content.CitedContent;
import org.hibernate.envers.Audited;

/**
 * A code of a standard terminology (LOINC, RxNorm, SNOMED CT, ICD-10-CM) that the CDS
 * Hooks service recognises, with its display and the code system cited as its source.
 * Content, not code: EHRs' codes change and grow, and an editor keeps up without a
 * release. No page lists the codes: they are read by EHRs, through the service.
 */
@MappedSuperclass
@Audited
public abstract class StoredCode extends CitedContent {

	@Column(name = "system_uri", nullable = false)
	private String system;

	@Column(nullable = false)
	private String code;

	@Column(nullable = false)
	private String display;

	private int sortOrder;

	protected StoredCode() {
	}

	protected StoredCode(String system, String code, String display, int sortOrder, LocalDate lastReviewed) {
		super(lastReviewed);
		if (system == null || system.isBlank() || code == null || code.isBlank() || display == null
				|| display.isBlank()) {
			throw new IllegalArgumentException("A stored code names its system, its code and its display");
		}
		this.system = system.strip();
		this.code = code.strip();
		this.display = display.strip();
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

	public int getSortOrder() {
		return this.sortOrder;
	}

	@Override
	public String displayTitle() {
		return this.display + " (" + this.code + ")";
	}

	@Override
	public String publicLink() {
		return "/cds-services";
	}

}
