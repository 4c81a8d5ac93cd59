package org.baclofen.reference.titration;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.baclofen.reference.dosing.AgeGroup;
import org.baclofen.reference.dosing.IntrathecalTitrationLimit;
import org.baclofen.reference.dosing.SpasticityOrigin;

/**
 * A proposed change of an intrathecal daily dose: the intrathecal check form's fields and
 * the body of {@code POST /api/intrathecal/check}. The bounds only keep out nonsense; the
 * clinical limits are the check's findings.
 */
public class IntrathecalCheckRequest {

	@NotNull(message = "{intrathecalCheck.origin.required}")
	private SpasticityOrigin origin;

	@NotNull(message = "{intrathecalCheck.ageGroup.required}")
	private AgeGroup ageGroup;

	@NotNull(message = "{intrathecalCheck.phase.required}")
	private IntrathecalTitrationLimit.Phase phase;

	@NotNull(message = "{intrathecalCheck.dose.required}")
	@DecimalMin(value = "0", inclusive = false, message = "{intrathecalCheck.dose.range}")
	@DecimalMax(value = "5000", message = "{intrathecalCheck.dose.range}")
	@Digits(integer = 4, fraction = 1, message = "{intrathecalCheck.dose.digits}")
	private BigDecimal currentMcgPerDay;

	@NotNull(message = "{intrathecalCheck.dose.required}")
	@DecimalMin(value = "0", inclusive = false, message = "{intrathecalCheck.dose.range}")
	@DecimalMax(value = "5000", message = "{intrathecalCheck.dose.range}")
	@Digits(integer = 4, fraction = 1, message = "{intrathecalCheck.dose.digits}")
	private BigDecimal proposedMcgPerDay;

	/**
	 * The empty form, starting on the choices most checks make: an adult, during
	 * maintenance. The origin of spasticity has no usual answer and stays to be chosen.
	 */
	static IntrathecalCheckRequest usual() {
		IntrathecalCheckRequest request = new IntrathecalCheckRequest();
		request.ageGroup = AgeGroup.ADULT;
		request.phase = IntrathecalTitrationLimit.Phase.MAINTENANCE;
		return request;
	}

	public SpasticityOrigin getOrigin() {
		return this.origin;
	}

	public void setOrigin(SpasticityOrigin origin) {
		this.origin = origin;
	}

	public AgeGroup getAgeGroup() {
		return this.ageGroup;
	}

	public void setAgeGroup(AgeGroup ageGroup) {
		this.ageGroup = ageGroup;
	}

	public IntrathecalTitrationLimit.Phase getPhase() {
		return this.phase;
	}

	public void setPhase(IntrathecalTitrationLimit.Phase phase) {
		this.phase = phase;
	}

	public BigDecimal getCurrentMcgPerDay() {
		return this.currentMcgPerDay;
	}

	public void setCurrentMcgPerDay(BigDecimal currentMcgPerDay) {
		this.currentMcgPerDay = currentMcgPerDay;
	}

	public BigDecimal getProposedMcgPerDay() {
		return this.proposedMcgPerDay;
	}

	public void setProposedMcgPerDay(BigDecimal proposedMcgPerDay) {
		this.proposedMcgPerDay = proposedMcgPerDay;
	}

}
