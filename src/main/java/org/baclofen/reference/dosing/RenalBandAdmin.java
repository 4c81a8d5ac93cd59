package org.baclofen.reference.dosing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.baclofen.reference.content.SourceKind;
import org.baclofen.reference.kind.ContentAdmin;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

@Component
class RenalBandAdmin extends ContentAdmin<RenalBand, RenalBandForm> {

	private final RenalBandRepository bands;

	RenalBandAdmin(RenalBandRepository bands) {
		super("renal-bands", RenalBand.class, bands, RenalBandForm::new, RenalBandForm::of);
		this.bands = bands;
	}

	@Override
	public List<RenalBand> findAll() {
		return sorted(this.bands.findAllByOrderByCrclMinMlPerMinDesc());
	}

	/** Clearance bands from the highest, then the dialysis band. */
	public static List<RenalBand> sorted(List<RenalBand> bands) {
		return bands.stream().sorted(java.util.Comparator.comparing(RenalBand::isDialysis)).toList();
	}

	@Override
	public Map<String, Object> formOptions() {
		return Map.of("sourceKinds", SourceKind.values());
	}

	@Override
	public RenalBand create(RenalBandForm form, LocalDate reviewedOn) {
		RenalBand band = new RenalBand(form.bounds(), form.getDoseReductionPercent(), form.getMaxDailyMg(),
				form.getAdvice(), form.getSourceKind(), reviewedOn);
		band.summarize(form.getSummary());
		return band;
	}

	@Override
	public void apply(RenalBandForm form, RenalBand band) {
		band.describe(form.bounds(), form.getDoseReductionPercent(), form.getMaxDailyMg(), form.getAdvice(),
				form.getSourceKind());
		band.summarize(form.getSummary());
	}

	/**
	 * The bounds must make a band (lower below upper; the dialysis row caps the daily
	 * dose, and its range, if any, is kidney failure), and a clearance may fall in one
	 * row only, as only one row may be for dialysis: the checker and planner pick the row
	 * a patient falls in.
	 */
	@Override
	public void validate(RenalBandForm form, RenalBand existing, Errors errors) {
		BigDecimal min = form.getCrclMinMlPerMin();
		BigDecimal max = form.getCrclMaxMlPerMin();
		if (errors.hasFieldErrors("crclMinMlPerMin") || errors.hasFieldErrors("crclMaxMlPerMin")) {
			return;
		}
		if (form.isDialysis()) {
			if (form.getMaxDailyMg() == null) {
				errors.rejectValue("maxDailyMg", "admin.renalBand.dialysisMax",
						"Enter the daily maximum the dialysis band allows");
				return;
			}
		}
		if (min != null && max != null && min.compareTo(max) >= 0) {
			errors.rejectValue("crclMinMlPerMin", "admin.renalBand.minNotBelowMax",
					"The lower bound must be below the upper bound");
			return;
		}
		RenalBand.Bounds bounds = form.bounds();
		this.bands.findAllByOrderByCrclMinMlPerMinDesc()
			.stream()
			.filter((other) -> existing == null || !other.getId().equals(existing.getId()))
			.filter((other) -> other.getBounds().overlaps(bounds))
			.findFirst()
			.ifPresent((other) -> errors.rejectValue(form.isDialysis() ? "dialysis" : "crclMinMlPerMin",
					"admin.renalBand.overlap", new Object[] { titleOf(other) },
					"This band overlaps the stored band " + titleOf(other)));
	}

}
