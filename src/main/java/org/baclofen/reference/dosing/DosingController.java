package org.baclofen.reference.dosing;

import java.util.List;

import org.baclofen.reference.content.Route;
import org.baclofen.reference.guidance.GuidanceNoteRepository;
import org.baclofen.reference.guidance.GuidanceTopic;
import org.baclofen.reference.safety.SafetyItemRepository;
import org.baclofen.reference.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/dosing")
class DosingController {

	private final TitrationProtocolRepository protocols;

	private final DosageFormRepository dosageForms;

	private final IntrathecalScreeningDoseRepository screeningDoses;

	private final IntrathecalTitrationLimitRepository titrationLimits;

	private final IntrathecalMaintenanceRangeRepository maintenanceRanges;

	private final RenalBandRepository renalBands;

	private final DiscontinuationGuidanceRepository discontinuation;

	private final GuidanceNoteRepository notes;

	private final SafetyItemRepository safetyItems;

	DosingController(TitrationProtocolRepository protocols, DosageFormRepository dosageForms,
			IntrathecalScreeningDoseRepository screeningDoses, IntrathecalTitrationLimitRepository titrationLimits,
			IntrathecalMaintenanceRangeRepository maintenanceRanges, RenalBandRepository renalBands,
			DiscontinuationGuidanceRepository discontinuation, GuidanceNoteRepository notes,
			SafetyItemRepository safetyItems) {
		this.protocols = protocols;
		this.dosageForms = dosageForms;
		this.screeningDoses = screeningDoses;
		this.titrationLimits = titrationLimits;
		this.maintenanceRanges = maintenanceRanges;
		this.renalBands = renalBands;
		this.discontinuation = discontinuation;
		this.notes = notes;
		this.safetyItems = safetyItems;
	}

	@GetMapping("/oral")
	String oral(Model model) {
		model.addAttribute("protocol", this.protocols.findByCode(TitrationProtocol.ORAL_US_LABEL)
			.orElseThrow(() -> new NotFoundException("Oral titration protocol")));
		model.addAttribute("oralForms", this.dosageForms.findByRouteOrderBySortOrderAscAmountAsc(Route.ORAL));
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

	@GetMapping("/renal")
	String renal(Model model) {
		model.addAttribute("renalBands", RenalBandAdmin.sorted(this.renalBands.findAllByOrderByCrclMinMlPerMinDesc()));
		model.addAttribute("notes", this.notes.findByTopics(List.of(GuidanceTopic.RENAL)).get(GuidanceTopic.RENAL));
		return "dosing/renal";
	}

	@GetMapping("/discontinuation")
	String discontinuation(Model model) {
		model.addAttribute("guidance", this.discontinuation.findAllByOrderBySortOrderAsc());
		model.addAttribute("boxedWarnings", this.safetyItems.findByBoxedWarningTrueOrderBySortOrderAsc());
		model.addAttribute("notes",
				this.notes.findByTopics(List.of(GuidanceTopic.DISCONTINUATION)).get(GuidanceTopic.DISCONTINUATION));
		return "dosing/discontinuation";
	}

}
