package org.baclofen.reference.dosing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.baclofen.reference.admin.ContentAdmin;
import org.baclofen.reference.source.SourceKind;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

@Component
class RenalBandAdmin extends ContentAdmin<RenalBand, RenalBandForm> {

	private final RenalBandRepository bands;

	RenalBandAdmin(RenalBandRepository bands) {
		super("renal-bands", RenalBand.class);
		this.bands = bands;
	}

	@Override
	public List<RenalBand> findAll() {
		return this.bands.findAllByOrderByCrclMinMlPerMinDesc();
	}

	@Override
	public Optional<RenalBand> findById(long id) {
		return this.bands.findById(id);
	}

	@Override
	public RenalBand save(RenalBand band) {
		return this.bands.save(band);
	}

	@Override
	public void delete(RenalBand band) {
		this.bands.delete(band);
	}

	@Override
	public Map<String, Object> formOptions() {
		return Map.of("sourceKinds", SourceKind.values());
	}

	@Override
	public String titleOf(RenalBand band) {
		return "CrCl " + bounds(band.getCrclMinMlPerMin(), band.getCrclMaxMlPerMin());
	}

	/** The band's bounds as the public page reads them: "50 to under 80 mL/min", "80 mL/min or more". */
	static String bounds(BigDecimal min, BigDecimal max) {
		if (min == null && max == null) {
			return "any value";
		}
		if (max == null) {
			return plain(min) + " mL/min or more";
		}
		if (min == null || min.signum() == 0) {
			return "under " + plain(max) + " mL/min";
		}
		return plain(min) + " to under " + plain(max) + " mL/min";
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	@Override
	public String publicLink(RenalBand band) {
		return "/dosing/renal#bands";
	}

	@Override
	public RenalBandForm newForm() {
		return new RenalBandForm();
	}

	@Override
	public RenalBandForm formOf(RenalBand band) {
		return RenalBandForm.of(band);
	}

	@Override
	public RenalBand create(RenalBandForm form, LocalDate reviewedOn) {
		return new RenalBand(form.getCrclMinMlPerMin(), form.getCrclMaxMlPerMin(), form.getDoseReductionPercent(),
				form.getAdvice(), form.getSourceKind(), reviewedOn);
	}

	@Override
	public void apply(RenalBandForm form, RenalBand band) {
		band.describe(form.getCrclMinMlPerMin(), form.getCrclMaxMlPerMin(), form.getDoseReductionPercent(),
				form.getAdvice(), form.getSourceKind());
	}

	/**
	 * The bounds must make a band (lower below upper), and a clearance may fall in one band only: the checker
	 * and planner pick the band a patient's CrCl falls in.
	 */
	@Override
	public void validate(RenalBandForm form, RenalBand existing, Errors errors) {
		BigDecimal min = form.getCrclMinMlPerMin();
		BigDecimal max = form.getCrclMaxMlPerMin();
		if (errors.hasFieldErrors("crclMinMlPerMin") || errors.hasFieldErrors("crclMaxMlPerMin")) {
			return;
		}
		if (min != null && max != null && min.compareTo(max) >= 0) {
			errors.rejectValue("crclMinMlPerMin", "admin.renalBand.minNotBelowMax",
					"The lower bound must be below the upper bound");
			return;
		}
		this.bands.findAllByOrderByCrclMinMlPerMinDesc()
			.stream()
			.filter((other) -> existing == null || !other.getId().equals(existing.getId()))
			.filter((other) -> other.overlaps(min, max))
			.findFirst()
			.ifPresent((other) -> errors.rejectValue("crclMinMlPerMin", "admin.renalBand.overlap",
					new Object[] { titleOf(other) }, "This band overlaps the stored band " + titleOf(other)));
	}

}
