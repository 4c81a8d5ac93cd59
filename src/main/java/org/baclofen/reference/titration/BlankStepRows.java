package org.baclofen.reference.titration;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The check form's rows left empty: the form offers spare rows, so an empty one is a row
 * not used, not a mistake. They are taken out before the plan is validated, and the
 * binding errors of the rows kept (text where a number belongs) follow their rows to
 * their new places.
 *
 * @param skipped how many empty rows were taken out
 * @param result the binding result for the rows kept, ready for validation
 */
record BlankStepRows(int skipped, BindingResult result) {

	private static final Pattern STEP_FIELD = Pattern.compile("^steps\\[(\\d+)\\](.*)$");

	/**
	 * Takes the empty rows out of the request (in place) and out of its binding result.
	 */
	static BlankStepRows skip(PlanCheckRequest request, BindingResult bound) {
		List<StepInput> steps = request.getSteps();
		List<Integer> newIndex = new ArrayList<>(steps.size());
		List<StepInput> kept = new ArrayList<>(steps.size());
		for (int i = 0; i < steps.size(); i++) {
			StepInput step = steps.get(i);
			boolean empty = (step == null || step.isEmpty()) && !bound.hasFieldErrors("steps[" + i + "]*");
			newIndex.add(empty ? -1 : kept.size());
			if (!empty) {
				kept.add(step);
			}
		}
		int skipped = steps.size() - kept.size();
		if (skipped == 0) {
			return new BlankStepRows(0, bound);
		}
		request.setSteps(kept);
		BindingResult result = new BeanPropertyBindingResult(request, bound.getObjectName());
		for (ObjectError error : bound.getAllErrors()) {
			result.addError((error instanceof FieldError field) ? moved(field, newIndex) : error);
		}
		return new BlankStepRows(skipped, result);
	}

	private static FieldError moved(FieldError error, List<Integer> newIndex) {
		Matcher step = STEP_FIELD.matcher(error.getField());
		if (!step.matches()) {
			return error;
		}
		String field = "steps[" + newIndex.get(Integer.parseInt(step.group(1))) + "]" + step.group(2);
		return new FieldError(error.getObjectName(), field, error.getRejectedValue(), error.isBindingFailure(),
				error.getCodes(), error.getArguments(), error.getDefaultMessage());
	}

}
