package org.baclofen.reference.screening;

import java.util.List;

import jakarta.validation.Validator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The check page. The form is posted, not sent as a query, so a patient's medication list
 * never ends up in an address, a browser history or an access log; the answer is rendered
 * straight away and stored nowhere.
 */
@Controller
class ScreeningController {

	private final PatientScreening screening;

	private final SmartValidator validator;

	ScreeningController(PatientScreening screening, Validator validator) {
		this.screening = screening;
		this.validator = new SpringValidatorAdapter(validator);
	}

	@ModelAttribute("conditionOptions")
	List<ScreeningCondition> conditionOptions() {
		return this.screening.conditions();
	}

	@ModelAttribute
	void limits(Model model) {
		model.addAttribute("maxEntries", MedicationMatcher.MAX_ENTRIES);
		model.addAttribute("maxEntryLength", MedicationMatcher.MAX_ENTRY_LENGTH);
	}

	/**
	 * Always an empty form: query parameters are ignored so no link can carry a
	 * medication list.
	 */
	@GetMapping("/check")
	String form(Model model) {
		model.addAttribute("screeningForm", new ScreeningForm());
		return "screening/check";
	}

	@PostMapping("/check")
	String check(@ModelAttribute("screeningForm") ScreeningForm form, BindingResult formErrors, Model model) {
		ScreeningRequest request = form.toRequest();
		BindingResult requestErrors = new DirectFieldBindingResult(request, "screeningRequest");
		this.validator.validate(request, requestErrors);
		form.rejectAll(request, requestErrors, formErrors);
		if (!formErrors.hasErrors()) {
			model.addAttribute("result", this.screening.screen(request));
		}
		return "screening/check";
	}

}
