package org.baclofen.reference.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * The check page's form: the medicines as pasted into one box, and the ticked condition
 * codes. It is validated as the {@link ScreeningRequest} it stands for, so the page and
 * the API accept exactly the same input; the request's errors are then put on the box and
 * the check-boxes they came from.
 */
public class ScreeningForm {

	private static final Pattern INDEXED_FIELD = Pattern.compile("(\\w+)\\[(\\d+)\\]");

	/** Long entries are quoted only as far as needed to find them in the box. */
	private static final int PREVIEW_LENGTH = 40;

	private String medications = "";

	private List<String> conditions = new ArrayList<>();

	public String getMedications() {
		return this.medications;
	}

	public void setMedications(String medications) {
		this.medications = (medications != null) ? medications : "";
	}

	public List<String> getConditions() {
		return this.conditions;
	}

	public void setConditions(List<String> conditions) {
		this.conditions = (conditions != null) ? conditions : new ArrayList<>();
	}

	ScreeningRequest toRequest() {
		return new ScreeningRequest(MedicationList.split(this.medications), this.conditions);
	}

	boolean isEmpty() {
		return MedicationList.split(this.medications).isEmpty() && this.conditions.isEmpty();
	}

	/**
	 * Puts each error found in the request on the form field it came from, saying which
	 * entry it is about, since the form shows one box rather than numbered entries.
	 */
	void rejectAll(ScreeningRequest request, Errors requestErrors, Errors formErrors) {
		for (FieldError error : requestErrors.getFieldErrors()) {
			Matcher indexed = INDEXED_FIELD.matcher(error.getField());
			if (indexed.matches() && "medications".equals(indexed.group(1))) {
				int index = Integer.parseInt(indexed.group(2));
				formErrors.rejectValue(
						"medications", "screening.form.medication", new Object[] { index + 1,
								preview(request.medications().get(index)), error.getDefaultMessage() },
						error.getDefaultMessage());
			}
			else if (indexed.matches() && "conditions".equals(indexed.group(1))) {
				int index = Integer.parseInt(indexed.group(2));
				formErrors.rejectValue("conditions", "screening.form.condition",
						new Object[] { preview(request.conditions().get(index)) }, error.getDefaultMessage());
			}
			else {
				String field = error.getField().startsWith("conditions") ? "conditions" : "medications";
				formErrors.rejectValue(field, "screening.form.list", new Object[] { error.getDefaultMessage() },
						error.getDefaultMessage());
			}
		}
		if (!formErrors.hasErrors() && isEmpty()) {
			formErrors.rejectValue("medications", "screening.form.empty");
		}
	}

	private static String preview(String value) {
		if (value == null) {
			return "";
		}
		return (value.length() <= PREVIEW_LENGTH) ? value : value.substring(0, PREVIEW_LENGTH) + "…";
	}

}
