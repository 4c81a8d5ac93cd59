package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import org.baclofen.reference.dosing.KidneyFunctionInput;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the plan generator needs: a start date, a target daily dose (the label's usual
 * target when empty), the product, and optionally the patient's kidney function and age
 * ({@link KidneyFunctionInput}). The patient inputs travel only in a form's body, never
 * in a link (see {@link #shareableInputs}).
 */
public class PlanRequest extends KidneyFunctionInput {

	/**
	 * The inputs that say nothing about the patient (start, target, product): the only
	 * ones a link carries.
	 */
	public static final ShareableLink<PlanRequest> LINK = new ShareableLink<>("/titration/plan",
			List.of(new ShareableLink.Parameter<>("start", PlanRequest::getStart),
					new ShareableLink.Parameter<>("targetDailyMg", PlanRequest::getTargetDailyMg),
					new ShareableLink.Parameter<>("product", PlanRequest::getProduct)));

	/** Empty for today (by the application clock). */
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate start;

	@DecimalMin(value = "0.5", message = "{titration.targetDailyMg.range}")
	@DecimalMax(value = "1000", message = "{titration.targetDailyMg.range}")
	@Digits(integer = 4, fraction = 2, message = "{titration.doseMg.digits}")
	private BigDecimal targetDailyMg;

	/** The product chosen to give the doses (a dosage-form id); empty for the tablets. */
	private Long product;

	public Long getProduct() {
		return this.product;
	}

	public void setProduct(Long product) {
		this.product = product;
	}

	public LocalDate getStart() {
		return this.start;
	}

	public void setStart(LocalDate start) {
		this.start = start;
	}

	public BigDecimal getTargetDailyMg() {
		return this.targetDailyMg;
	}

	public void setTargetDailyMg(BigDecimal targetDailyMg) {
		this.targetDailyMg = targetDailyMg;
	}

	/**
	 * Every input given, by parameter name, so a download or handout can post the same
	 * plan again.
	 */
	public Map<String, String> inputs() {
		Map<String, String> inputs = shareableInputs();
		inputs.putAll(patientInputs());
		return inputs;
	}

	/** The inputs a link carries (see {@link #LINK}). */
	public Map<String, String> shareableInputs() {
		return LINK.inputsOf(this);
	}

}
