package org.baclofen.reference.adverse;

import java.math.BigDecimal;

import org.baclofen.reference.content.CitedContent;
import org.baclofen.reference.content.Route;

import org.hibernate.envers.Audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An adverse reaction with the range of frequencies reported across studies, when a source gives one.
 */
@Entity
@Audited
public class AdverseEffect extends CitedContent {

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Route route;

	@Column(nullable = false)
	private String bodySystem;

	@Column(name = "frequency_min_percent")
	private BigDecimal frequencyMinPercent;

	@Column(name = "frequency_max_percent")
	private BigDecimal frequencyMaxPercent;

	private String note;

	private int sortOrder;

	protected AdverseEffect() {
	}

	public String getName() {
		return this.name;
	}

	public Route getRoute() {
		return this.route;
	}

	public String getBodySystem() {
		return this.bodySystem;
	}

	public BigDecimal getFrequencyMinPercent() {
		return this.frequencyMinPercent;
	}

	public BigDecimal getFrequencyMaxPercent() {
		return this.frequencyMaxPercent;
	}

	/** True when a source gives a frequency; the rest are reported without one (mostly rare reactions). */
	public boolean isQuantified() {
		return this.frequencyMinPercent != null || this.frequencyMaxPercent != null;
	}

	public String getNote() {
		return this.note;
	}

	public String getAnchor() {
		return "adverse-effect-" + getId();
	}

}
