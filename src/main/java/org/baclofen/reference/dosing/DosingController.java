package org.baclofen.reference.dosing;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import org.baclofen.reference.content.Route;
import org.baclofen.reference.guidance.GuidanceNoteRepository;
import org.baclofen.reference.guidance.GuidanceTopic;
import org.baclofen.reference.safety.SafetyItemRepository;
import org.baclofen.reference.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/dosing")
class DosingController {

	/**
	 * The longest number the clearance calculator parses; anything longer is refused
	 * before parsing.
	 */
	static final int MAX_NUMBER_LENGTH = 12;

	private static final String CLEARANCE_FORM = "creatinineClearance";

	private final TitrationProtocolRepository protocols;

	private final DosageFormRepository dosageForms;

	private final IntrathecalScreeningDoseRepository screeningDoses;

	private final IntrathecalTitrationLimitRepository titrationLimits;

	private final IntrathecalMaintenanceRangeRepository maintenanceRanges;

	private final RenalBandRepository renalBands;

	private final DiscontinuationGuidanceRepository discontinuation;

	private final GuidanceNoteRepository notes;

	private final SafetyItemRepository safetyItems;

	private final OralAgeRuleRepository ageRules;

	private final WeightStartDoseRepository weightStarts;

	DosingController(TitrationProtocolRepository protocols, DosageFormRepository dosageForms,
			IntrathecalScreeningDoseRepository screeningDoses, IntrathecalTitrationLimitRepository titrationLimits,
			IntrathecalMaintenanceRangeRepository maintenanceRanges, RenalBandRepository renalBands,
			DiscontinuationGuidanceRepository discontinuation, GuidanceNoteRepository notes,
			SafetyItemRepository safetyItems, OralAgeRuleRepository ageRules, WeightStartDoseRepository weightStarts) {
		this.protocols = protocols;
		this.dosageForms = dosageForms;
		this.screeningDoses = screeningDoses;
		this.titrationLimits = titrationLimits;
		this.maintenanceRanges = maintenanceRanges;
		this.renalBands = renalBands;
		this.discontinuation = discontinuation;
		this.notes = notes;
		this.safetyItems = safetyItems;
		this.ageRules = ageRules;
		this.weightStarts = weightStarts;
	}

	@GetMapping("/oral")
	String oral(Model model) {
		model.addAttribute("protocol", this.protocols.findByCode(TitrationProtocol.ORAL_US_LABEL)
			.orElseThrow(() -> new NotFoundException("Oral titration protocol")));
		model.addAttribute("oralForms", this.dosageForms.findByRouteOrderBySortOrderAscAmountAsc(Route.ORAL));
		model.addAttribute("ageRules", this.ageRules.findAllByOrderByMinAgeYearsAsc());
		model.addAttribute("weightStarts", this.weightStarts.findAllByOrderByStartDoseMgAsc());
		model.addAttribute("notes", this.notes.findByTopics(List.of(GuidanceTopic.ORAL_DOSING,
				GuidanceTopic.ORAL_LIQUIDS, GuidanceTopic.PEDIATRIC, GuidanceTopic.HEPATIC, GuidanceTopic.ELDERLY)));
		return "dosing/oral";
	}

	@GetMapping("/intrathecal")
	String intrathecal(Model model) {
		model.addAttribute("boxedWarnings", this.safetyItems.findByBoxedWarningTrueOrderBySortOrderAsc());
		model.addAttribute("screeningDoses", this.screeningDoses.findAllByOrderBySequenceAsc());
		model.addAttribute("titrationLimits", this.titrationLimits.findAllByOrderBySortOrderAsc());
		model.addAttribute("maintenanceRanges", this.maintenanceRanges.findAllByOrderBySortOrderAsc());
		model.addAttribute("intrathecalForms",
				this.dosageForms.findByRouteOrderBySortOrderAscAmountAsc(Route.INTRATHECAL));
		model.addAttribute("notes", this.notes.findByTopics(List.of(GuidanceTopic.INTRATHECAL_SCREENING,
				GuidanceTopic.INTRATHECAL_TITRATION, GuidanceTopic.INTRATHECAL_MAINTENANCE)));
		return "dosing/intrathecal";
	}

	@InitBinder(CLEARANCE_FORM)
	void boundNumbers(WebDataBinder binder) {
		binder.registerCustomEditor(BigDecimal.class, new BoundedDecimalEditor());
	}

	@GetMapping("/renal")
	String renal(Model model) {
		model.addAttribute(CLEARANCE_FORM, new KidneyFunctionInput());
		return renalPage(model);
	}

	/**
	 * The Cockcroft–Gault calculator: posted, so age, weight and creatinine stay out of
	 * addresses and logs.
	 */
	@PostMapping("/renal")
	String estimateClearance(@Valid @ModelAttribute(CLEARANCE_FORM) KidneyFunctionInput form, BindingResult bound,
			Model model) {
		BindingResult result = withoutOverlongEchoes(form, bound, model);
		if (form.getSerumCreatinine() == null && !result.hasFieldErrors("serumCreatinine")) {
			// The calculator needs every input; with a creatinine the shared validation
			// already says which are missing.
			result.rejectValue("serumCreatinine", "renal.calculator.serumCreatinine.required");
			requireForEstimate(result, "ageYears", form.getAgeYears(), "kidney.estimate.needsAge");
			requireForEstimate(result, "weightKg", form.getWeightKg(), "kidney.estimate.needsWeight");
			requireForEstimate(result, "sex", form.getSex(), "kidney.estimate.needsSex");
		}
		if (!result.hasErrors()) {
			model.addAttribute("crclMlPerMin", form.resolvedCrclMlPerMin());
		}
		return renalPage(model);
	}

	private static void requireForEstimate(BindingResult result, String field, Object value, String messageKey) {
		if (value == null && !result.hasFieldErrors(field)) {
			result.rejectValue(field, messageKey);
		}
	}

	/**
	 * Errors as bound, except that a value refused for its length is not typed back into
	 * the form: the page must not cost, or repeat, far more than a real measurement.
	 */
	private static BindingResult withoutOverlongEchoes(KidneyFunctionInput form, BindingResult bound, Model model) {
		boolean overlong = bound.getFieldErrors()
			.stream()
			.anyMatch((error) -> error.isBindingFailure() && error.getRejectedValue() instanceof String text
					&& text.length() > MAX_NUMBER_LENGTH);
		if (!overlong) {
			return bound;
		}
		BindingResult result = new BeanPropertyBindingResult(form, CLEARANCE_FORM);
		bound.getFieldErrors()
			.forEach((error) -> result.rejectValue(error.getField(), error.getCode(), error.getArguments(),
					error.getDefaultMessage()));
		bound.getGlobalErrors().forEach(result::addError);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + CLEARANCE_FORM, result);
		return result;
	}

	private String renalPage(Model model) {
		List<RenalBand> bands = RenalBandAdmin.sorted(this.renalBands.findAllByOrderByCrclMinMlPerMinDesc());
		model.addAttribute("renalBands", bands);
		model.addAttribute("labelMaxDailyMg",
				this.protocols.findByCode(TitrationProtocol.ORAL_US_LABEL)
					.orElseThrow(() -> new NotFoundException("Oral titration protocol"))
					.getMaxDailyMg());
		model.addAttribute("creatinineUnits", CockcroftGault.CreatinineUnit.values());
		model.addAttribute("sexes", CockcroftGault.Sex.values());
		Object crcl = model.getAttribute("crclMlPerMin");
		if (crcl instanceof BigDecimal estimate) {
			bands.stream()
				.filter((band) -> band.contains(estimate))
				.findFirst()
				.ifPresent((band) -> model.addAttribute("matchingBand", band));
		}
		model.addAttribute("notes", this.notes.findByTopics(List.of(GuidanceTopic.RENAL)).get(GuidanceTopic.RENAL));
		return "dosing/renal";
	}

	@GetMapping("/discontinuation")
	String discontinuation(Model model) {
		model.addAttribute("guidance", this.discontinuation.findAllByOrderBySortOrderAsc());
		model.addAttribute("boxedWarnings", this.safetyItems.findByBoxedWarningTrueOrderBySortOrderAsc());
		var notes = this.notes.findByTopics(List.of(GuidanceTopic.ABRUPT_STOP, GuidanceTopic.DISCONTINUATION));
		model.addAttribute("afterAbruptStop", notes.get(GuidanceTopic.ABRUPT_STOP));
		model.addAttribute("notes", notes.get(GuidanceTopic.DISCONTINUATION));
		return "dosing/discontinuation";
	}

	/** Parses a typed number only when it is short enough to be a real measurement. */
	private static final class BoundedDecimalEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			String value = (text == null) ? "" : text.strip();
			if (value.isEmpty()) {
				setValue(null);
				return;
			}
			if (value.length() > MAX_NUMBER_LENGTH) {
				throw new IllegalArgumentException("A number of at most " + MAX_NUMBER_LENGTH + " characters");
			}
			setValue(new BigDecimal(value));
		}

		@Override
		public String getAsText() {
			return (getValue() instanceof BigDecimal number) ? number.toPlainString() : "";
		}

	}

}
