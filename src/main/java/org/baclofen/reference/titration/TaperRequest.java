package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.baclofen.reference.dosing.KidneyFunctionInput;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The current regimen to taper from, optionally a taper longer than the stored minimum,
 * and the patient's kidney function and age ({@link KidneyFunctionInput}), whose ceiling
 * the taper comes down to first. The form's and the {@code POST /api/titration/taper}
 * body's fields alike; the patient inputs never go into a link (see
 * {@link #shareableInputs}).
 */
public class TaperRequest extends KidneyFunctionInput {

	/**
	 * The inputs that say nothing about the patient: the only ones a link carries.
	 */
	public static final ShareableLink<TaperRequest> LINK = new ShareableLink<>("/titration/taper",
			List.of(new ShareableLink.Parameter<>("start", TaperRequest::getStart),
					new ShareableLink.Parameter<>("currentDoseMg", TaperRequest::getCurrentDoseMg),
					new ShareableLink.Parameter<>("timesPerDay", TaperRequest::getTimesPerDay),
					new ShareableLink.Parameter<>("taperDays", TaperRequest::getTaperDays),
					new ShareableLink.Parameter<>("product", TaperRequest::getProduct)));

	/** Empty for today (by the application clock). */
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate start;

	@NotNull(message = "{titration.doseMg.required}")
	@DecimalMin(value = "0.5", message = "{titration.currentDoseMg.range}")
	@DecimalMax(value = "200", message = "{titration.currentDoseMg.range}")
	@Digits(integer = 3, fraction = 2, message = "{titration.doseMg.digits}")
	private BigDecimal currentDoseMg;

	@NotNull(message = "{titration.timesPerDay.required}")
	@Min(value = 1, message = "{titration.currentTimesPerDay.range}")
	@Max(value = 12, message = "{titration.currentTimesPerDay.range}")
	private Integer timesPerDay = 3;

	@Min(value = 1, message = "{titration.taperDays.range}")
	@Max(value = 365, message = "{titration.taperDays.range}")
	private Integer taperDays;

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

	public BigDecimal getCurrentDoseMg() {
		return this.currentDoseMg;
	}

	public void setCurrentDoseMg(BigDecimal currentDoseMg) {
		this.currentDoseMg = currentDoseMg;
	}

	public Integer getTimesPerDay() {
		return this.timesPerDay;
	}

	public void setTimesPerDay(Integer timesPerDay) {
		this.timesPerDay = timesPerDay;
	}

	public Integer getTaperDays() {
		return this.taperDays;
	}

	public void setTaperDays(Integer taperDays) {
		this.taperDays = taperDays;
	}

	/**
	 * Every input given, by parameter name, so a download or handout can send the same
	 * taper again.
	 */
	public Map<String, String> inputs() {
		Map<String, String> inputs = shareableInputs();
		inputs.putAll(patientInputs());
		return inputs;
	}

	/**
	 * The inputs that say nothing about the patient: the only ones a link carries.
	 */
	public Map<String, String> shareableInputs() {
		return LINK.inputsOf(this);
	}

}
