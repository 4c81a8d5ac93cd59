package org.baclofen.reference.cdshooks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.baclofen.reference.system.PlainNumbers;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.Enumerations.ObservationStatus;
import org.hl7.fhir.r5.model.Observation;
import org.hl7.fhir.r5.model.Quantity;

/**
 * The patient's latest kidney function among the prefetched Observations: a result under
 * one of the stored codes, not withdrawn, in mL/min (CrCl) or mL/min/1.73 m² (eGFR), or
 * in the SI units mL/s and mL/s/1.73 m² (converted: 1 mL/s is 60 mL/min). A comparator is
 * honoured: "&gt;60" is a value above 60, not 60.
 *
 * @param value the value in mL/min the bands are looked up by
 * @param comparator "&lt;", "&lt;=", "&gt;=", "&gt;" or null for an exact value
 * @param shown the value as reported, in mL/min
 * @param reportedUnit the unit as reported, when it was converted
 */
public record KidneyFunction(BigDecimal value, KidneyFunctionCode code, String comparator, BigDecimal shown,
		String reportedUnit) {

	/**
	 * The same bound the titration API puts on a CrCl; anything outside is a unit or
	 * typing error.
	 */
	static final BigDecimal MAX_ML_PER_MIN = new BigDecimal("250");

	private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);

	/** A step smaller than any band edge, to look just inside a strict bound. */
	private static final BigDecimal JUST = new BigDecimal("0.001");

	public KidneyFunction(BigDecimal value, KidneyFunctionCode code) {
		this(value, code, null, value, null);
	}

	/**
	 * The latest result under a stored code, or why it cannot be used: an unreadable
	 * latest result is reported, never silently replaced by an older one.
	 */
	public record Reading(KidneyFunction function, String problem) {

		static final Reading NONE = new Reading(null, null);

	}

	public static Reading read(List<Observation> observations, List<KidneyFunctionCode> codes) {
		return observations.stream()
			.filter((observation) -> observation.getStatus() != ObservationStatus.ENTEREDINERROR
					&& observation.getStatus() != ObservationStatus.CANCELLED)
			.filter((observation) -> codeOf(observation, codes) != null)
			.sorted(Comparator.comparing(KidneyFunction::when, Comparator.nullsLast(Comparator.reverseOrder())))
			.findFirst()
			.map((observation) -> read(observation, codeOf(observation, codes)))
			.orElse(Reading.NONE);
	}

	public static Optional<KidneyFunction> latest(List<Observation> observations, List<KidneyFunctionCode> codes) {
		return Optional.ofNullable(read(observations, codes).function());
	}

	private static KidneyFunctionCode codeOf(Observation observation, List<KidneyFunctionCode> codes) {
		for (Coding coding : observation.getCode().getCoding()) {
			for (KidneyFunctionCode code : codes) {
				if (code.matches(coding.getSystem(), coding.getCode())) {
					return code;
				}
			}
		}
		return null;
	}

	private static Reading read(Observation observation, KidneyFunctionCode code) {
		String what = "the latest " + code.getDisplay() + " (" + code.getCode() + ")";
		if (!observation.hasValueQuantity() || !observation.getValueQuantity().hasValue()) {
			return new Reading(null, what + " has no numeric value");
		}
		Quantity quantity = observation.getValueQuantity();
		String unit = quantity.hasCode() ? quantity.getCode() : quantity.getUnit();
		String plainUnit = (unit == null) ? "" : unit.replace(" ", "").toLowerCase(Locale.ROOT);
		BigDecimal value;
		String converted = null;
		if (plainUnit.startsWith("ml/min")) {
			value = quantity.getValue();
		}
		else if (plainUnit.startsWith("ml/s")) {
			value = quantity.getValue().multiply(SECONDS_PER_MINUTE).setScale(1, RoundingMode.HALF_UP);
			converted = unit.strip();
		}
		else {
			return new Reading(null,
					what + " is in " + ((unit == null) ? "no unit" : "'" + shown(unit) + "'") + ", not mL/min or mL/s");
		}
		if (value.signum() < 0 || value.compareTo(MAX_ML_PER_MIN) > 0) {
			return new Reading(null, what + " of " + PlainNumbers.text(quantity.getValue()) + " " + shown(unit)
					+ " is outside 0–" + PlainNumbers.text(MAX_ML_PER_MIN) + " mL/min");
		}
		String comparator = null;
		if (quantity.hasComparator()) {
			comparator = switch (quantity.getComparator()) {
				case LESS_THAN -> "<";
				case LESS_OR_EQUAL -> "<=";
				case GREATER_OR_EQUAL -> ">=";
				case GREATER_THAN -> ">";
				default -> null;
			};
			if (comparator == null) {
				return new Reading(null, what + " has a comparator this service does not read");
			}
		}
		BigDecimal normal = PlainNumbers.normal(value);
		return new Reading(new KidneyFunction(normal, code, comparator, normal, converted), null);
	}

	private static String shown(String unit) {
		return (unit.length() > 30) ? unit.substring(0, 30) + "…" : unit;
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

	/**
	 * This reading as an exact value the bands can be looked up by, when every value it
	 * allows falls in the same band ("&gt;90" is in the top band whatever the exact
	 * value); empty when the comparator leaves the band open ("&gt;60" may be mild or
	 * normal).
	 * @param bandOf the band a value falls in
	 */
	public <B> Optional<KidneyFunction> forBands(Function<BigDecimal, Optional<B>> bandOf) {
		if (this.comparator == null || this.value.compareTo(this.shown) != 0) {
			return Optional.of(this);
		}
		BigDecimal low;
		BigDecimal high;
		switch (this.comparator) {
			case ">" -> {
				low = this.value.add(JUST);
				high = MAX_ML_PER_MIN;
			}
			case ">=" -> {
				low = this.value;
				high = MAX_ML_PER_MIN;
			}
			case "<" -> {
				low = BigDecimal.ZERO;
				high = this.value.subtract(JUST).max(BigDecimal.ZERO);
			}
			default -> {
				low = BigDecimal.ZERO;
				high = this.value;
			}
		}
		if (!Objects.equals(bandOf.apply(low), bandOf.apply(high))) {
			return Optional.empty();
		}
		BigDecimal representative = this.comparator.startsWith(">") ? low : high;
		return Optional
			.of(new KidneyFunction(representative, this.code, this.comparator, this.shown, this.reportedUnit));
	}

	public boolean isEstimatedGfr() {
		return this.code.getMeasure() == KidneyFunctionCode.Measure.EGFR;
	}

	/** "eGFR 25 mL/min/1.73 m²", "eGFR &gt;60 mL/min/1.73 m²" or "CrCl 42 mL/min". */
	public String describe() {
		String value = ((this.comparator != null) ? this.comparator : "")
				+ this.shown.stripTrailingZeros().toPlainString();
		String described = isEstimatedGfr() ? "eGFR " + value + " mL/min/1.73 m²" : "CrCl " + value + " mL/min";
		return (this.reportedUnit != null) ? described + " (converted from " + this.reportedUnit + ")" : described;
	}

}
