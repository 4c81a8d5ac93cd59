package org.baclofen.reference.cdshooks;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.baclofen.reference.content.ReviewedContent;
import org.baclofen.reference.screening.ScreeningCondition;
import org.hibernate.envers.Audited;

/**
 * Another name clinicians and EHRs use for a screening condition ("CKD", "kidney
 * failure", "allergy to baclofen"): a recorded condition whose text or display contains
 * it as whole words is that condition. In a synonym, the word "baclofen" stands for any
 * name of baclofen (its brands included). It states no clinical fact, so like the
 * screening condition itself it cites nothing.
 */
@Entity
@Audited
public class ConditionSynonym extends ReviewedContent {

	@Column(nullable = false)
	private String name;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "screening_condition_id")
	private ScreeningCondition condition;

	private boolean endStageKidney;

	protected ConditionSynonym() {
	}

	public ConditionSynonym(String name, ScreeningCondition condition, boolean endStageKidney, LocalDate lastReviewed) {
		super(lastReviewed);
		if (name == null || name.isBlank() || condition == null) {
			throw new IllegalArgumentException("A synonym is a name for a condition");
		}
		this.name = name.strip();
		this.condition = condition;
		this.endStageKidney = endStageKidney;
	}

	public String getName() {
		return this.name;
	}

	public ScreeningCondition getCondition() {
		return this.condition;
	}

	/** True for names of end-stage kidney disease or dialysis (see ConditionCode). */
	public boolean isEndStageKidney() {
		return this.endStageKidney;
	}

	@Override
	public String displayTitle() {
		return this.name + " (" + this.condition.getCode() + ")";
	}

	@Override
	public String publicLink() {
		return "/cds-services";
	}

}
