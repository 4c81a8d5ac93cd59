package org.baclofen.reference.editor;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.baclofen.reference.dosing.AgeGroup;
import org.baclofen.reference.dosing.IntrathecalTitrationLimit;
import org.baclofen.reference.dosing.SpasticityOrigin;
import org.hibernate.annotations.Immutable;

/**
 * A plan the review screen computes with the published rule data and with a draft's, so
 * the reviewer sees what the draft changes for the plans people generate. Stored rows
 * (shown at /admin/reference-plans), changed by a migration; the database checks that
 * each kind has the numbers its tool needs.
 */
@Entity
@Immutable
public class ReferencePlan {

	/** Which tool computes the plan, and so which numbers it has. */
	public enum Kind {

		/**
		 * The oral plan to a daily target, at a creatinine clearance when one is given.
		 */
		ORAL_TITRATION,
		/**
		 * A taper from a dose taken a number of times a day, over the shortest taper
		 * allowed.
		 */
		ORAL_TAPER,
		/** The intrathecal check of a change of the daily dose. */
		INTRATHECAL_CHANGE

	}

	@Id
	private Long id;

	private int sortOrder;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	private BigDecimal targetDailyMg;

	private BigDecimal crclMlPerMin;

	private BigDecimal taperDoseMg;

	private Integer taperTimesPerDay;

	@Enumerated(EnumType.STRING)
	private SpasticityOrigin origin;

	@Enumerated(EnumType.STRING)
	private AgeGroup ageGroup;

	@Enumerated(EnumType.STRING)
	private IntrathecalTitrationLimit.Phase phase;

	private BigDecimal currentMcgPerDay;

	private BigDecimal proposedMcgPerDay;

	protected ReferencePlan() {
	}

	public Long getId() {
		return this.id;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public Kind getKind() {
		return this.kind;
	}

	public BigDecimal getTargetDailyMg() {
		return this.targetDailyMg;
	}

	public BigDecimal getCrclMlPerMin() {
		return this.crclMlPerMin;
	}

	public BigDecimal getTaperDoseMg() {
		return this.taperDoseMg;
	}

	public Integer getTaperTimesPerDay() {
		return this.taperTimesPerDay;
	}

	public SpasticityOrigin getOrigin() {
		return this.origin;
	}

	public AgeGroup getAgeGroup() {
		return this.ageGroup;
	}

	public IntrathecalTitrationLimit.Phase getPhase() {
		return this.phase;
	}

	public BigDecimal getCurrentMcgPerDay() {
		return this.currentMcgPerDay;
	}

	public BigDecimal getProposedMcgPerDay() {
		return this.proposedMcgPerDay;
	}

}
