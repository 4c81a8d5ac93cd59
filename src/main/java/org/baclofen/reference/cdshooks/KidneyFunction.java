package org.baclofen.reference.cdshooks;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.Enumerations.ObservationStatus;
import org.hl7.fhir.r5.model.Observation;
import org.hl7.fhir.r5.model.Quantity;

/**
 * The patient's latest kidney function among the prefetched Observations: a result under
 * one of the stored codes, in mL/min (CrCl) or mL/min/1.73 m² (eGFR), not withdrawn.
 */
public record KidneyFunction(BigDecimal value, KidneyFunctionCode code) {

	/**
	 * The same bound the titration API puts on a CrCl; anything outside is a unit or
	 * typing error.
	 */
	static final BigDecimal MAX_ML_PER_MIN = new BigDecimal("250");

	public static Optional<KidneyFunction> latest(List<Observation> observations, List<KidneyFunctionCode> codes) {
		return observations.stream()
			.filter((observation) -> observation.getStatus() != ObservationStatus.ENTEREDINERROR
					&& observation.getStatus() != ObservationStatus.CANCELLED)
			.sorted(Comparator.comparing(KidneyFunction::when, Comparator.nullsLast(Comparator.reverseOrder())))
			.map((observation) -> read(observation, codes))
			.flatMap(Optional::stream)
			.findFirst();
	}

	private static Optional<KidneyFunction> read(Observation observation, List<KidneyFunctionCode> codes) {
		if (!observation.hasValueQuantity()) {
			return Optional.empty();
		}
		Quantity quantity = observation.getValueQuantity();
		String unit = quantity.hasCode() ? quantity.getCode() : quantity.getUnit();
		if (!quantity.hasValue() || unit == null || !unit.strip().toLowerCase(Locale.ROOT).startsWith("ml/min")
				|| quantity.getValue().signum() < 0 || quantity.getValue().compareTo(MAX_ML_PER_MIN) > 0) {
			return Optional.empty();
		}
		for (Coding coding : observation.getCode().getCoding()) {
			for (KidneyFunctionCode code : codes) {
				if (code.matches(coding.getSystem(), coding.getCode())) {
					return Optional.of(new KidneyFunction(quantity.getValue(), code));
				}
			}
		}
		return Optional.empty();
	}

	private static Date when(Observation observation) {
		if (observation.hasEffectiveDateTimeType()) {
			return observation.getEffectiveDateTimeType().getValue();
		}
		if (observation.hasEffectivePeriod() && observation.getEffectivePeriod().hasEnd()) {
			return observation.getEffectivePeriod().getEnd();
		}
		return observation.hasIssued() ? observation.getIssued() : null;
	}

	public boolean isEstimatedGfr() {
		return this.code.getMeasure() == KidneyFunctionCode.Measure.EGFR;
	}

	/** "eGFR 25 mL/min/1.73 m²" or "CrCl 42 mL/min". */
	public String describe() {
		String value = this.value.stripTrailingZeros().toPlainString();
		return isEstimatedGfr() ? "eGFR " + value + " mL/min/1.73 m²" : "CrCl " + value + " mL/min";
	}

}
