package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A proposed plan to check: the check form's fields and the body of
 * {@code POST /api/titration/check}.
 */
public class PlanCheckRequest {

	public static final int MAX_STEPS = 60;

	@DecimalMin(value = "0", message = "{titration.crcl.range}")
	@DecimalMax(value = "250", message = "{titration.crcl.range}")
	private BigDecimal crclMlPerMin;

	private boolean continuing;

	/** On dialysis: the dialysis band applies, whatever the clearance. */
	private boolean dialysis;

	@NotEmpty(message = "{titration.steps.required}")
	@Size(max = MAX_STEPS, message = "{titration.steps.tooMany}")
	private List<@Valid @NotNull(message = "{titration.step.required}") StepInput> steps = new ArrayList<>();

	/** For the form's script, which adds rows in place up to the same limit. */
	public int getMaxSteps() {
		return MAX_STEPS;
	}

	public boolean isDialysis() {
		return this.dialysis;
	}

	public void setDialysis(boolean dialysis) {
		this.dialysis = dialysis;
	}

	public BigDecimal getCrclMlPerMin() {
		return this.crclMlPerMin;
	}

	public void setCrclMlPerMin(BigDecimal crclMlPerMin) {
		this.crclMlPerMin = crclMlPerMin;
	}

	public boolean isContinuing() {
		return this.continuing;
	}

	public void setContinuing(boolean continuing) {
		this.continuing = continuing;
	}

	public List<StepInput> getSteps() {
		return this.steps;
	}

	public void setSteps(List<StepInput> steps) {
		this.steps = steps;
	}

	List<PlanStep> toPlanSteps() {
		return this.steps.stream().map(StepInput::toPlanStep).toList();
	}

}
