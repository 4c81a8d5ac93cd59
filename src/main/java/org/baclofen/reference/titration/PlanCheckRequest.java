package org.baclofen.reference.titration;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.baclofen.reference.dosing.KidneyFunctionInput;

/**
 * A proposed plan to check, with the patient's kidney function and age when known: the
 * check form's fields and the body of {@code POST /api/titration/check}.
 */
public class PlanCheckRequest extends KidneyFunctionInput {

	public static final int MAX_STEPS = 60;

	private boolean continuing;

	@NotEmpty(message = "{titration.steps.required}")
	@Size(max = MAX_STEPS, message = "{titration.steps.tooMany}")
	private List<@Valid @NotNull(message = "{titration.step.required}") StepInput> steps = new ArrayList<>();

	/** For the form's script, which adds rows in place up to the same limit. */
	public int getMaxSteps() {
		return MAX_STEPS;
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
