package org.baclofen.reference.cdshooks;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.baclofen.reference.screening.ScreeningCondition;
import org.hibernate.envers.Audited;

/**
 * A diagnosis code (SNOMED CT or ICD-10-CM) under which an EHR records one of the
 * screening conditions, so a coded Condition is recognised whatever its text says.
 * Content, cited to the code system: an editor can add a local or newer code without a
 * release. ICD-10-CM codes may match as a prefix (N18 covers N18.1 to N18.9); dots are
 * ignored, since EHRs send "N18.4" and "N184" alike.
 */
@Entity
@Audited
public class ConditionCode extends StoredCode {

	/** How the stored code is compared with a recorded one. */
	public enum Match {

		/** The same code. */
		EXACT,

		/** The recorded code starts with the stored one (a category and its subcodes). */
		PREFIX

	}

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Match match;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "screening_condition_id")
	private ScreeningCondition condition;

	private boolean endStageKidney;

	protected ConditionCode() {
	}

	public ConditionCode(String system, String code, Match match, String display, ScreeningCondition condition,
			boolean endStageKidney, int sortOrder, LocalDate lastReviewed) {
		super(system, code, display, sortOrder, lastReviewed);
		if (match == null || condition == null) {
			throw new IllegalArgumentException("A condition code says how it matches and which condition it is");
		}
		this.match = match;
		this.condition = condition;
		this.endStageKidney = endStageKidney;
	}

	public boolean matches(String recordedSystem, String recordedCode) {
		if (!getSystem().equals(recordedSystem) || recordedCode == null) {
			return false;
		}
		String stored = plain(getCode());
		String recorded = plain(recordedCode);
		return (this.match == Match.PREFIX) ? recorded.startsWith(stored) : recorded.equals(stored);
	}

	private static String plain(String code) {
		return code.strip().replace(".", "").toUpperCase(Locale.ROOT);
	}

	public Match getMatch() {
		return this.match;
	}

	public ScreeningCondition getCondition() {
		return this.condition;
	}

	/**
	 * True for kidney failure on or near dialysis (end-stage kidney disease, CKD stage 5,
	 * dependence on dialysis): the dosing rules take the dialysis / end-stage row for it.
	 */
	public boolean isEndStageKidney() {
		return this.endStageKidney;
	}

}
