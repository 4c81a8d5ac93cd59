package org.baclofen.reference.overview;

import java.util.List;
import java.util.Map;

import org.baclofen.reference.dosing.DosageFormRepository;
import org.baclofen.reference.guidance.GuidanceNote;
import org.baclofen.reference.guidance.GuidanceNoteRepository;
import org.baclofen.reference.guidance.GuidanceTopic;
import org.baclofen.reference.safety.SafetyItemRepository;
import org.baclofen.reference.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OverviewController {

	private final DrugRepository drugs;

	private final DosageFormRepository dosageForms;

	private final GuidanceNoteRepository notes;

	private final SafetyItemRepository safetyItems;

	private final ClaimCheckRepository claimChecks;

	OverviewController(DrugRepository drugs, DosageFormRepository dosageForms, GuidanceNoteRepository notes,
			SafetyItemRepository safetyItems, ClaimCheckRepository claimChecks) {
		this.drugs = drugs;
		this.dosageForms = dosageForms;
		this.notes = notes;
		this.safetyItems = safetyItems;
		this.claimChecks = claimChecks;
	}

	@GetMapping("/")
	String show(Model model) {
		model.addAttribute("drug",
				this.drugs.findByName(Drug.BACLOFEN).orElseThrow(() -> new NotFoundException(Drug.BACLOFEN)));
		Map<GuidanceTopic, List<GuidanceNote>> notesByTopic = this.notes
			.findByTopics(List.of(GuidanceTopic.OVERVIEW, GuidanceTopic.PHARMACOKINETICS));
		model.addAttribute("overviewNotes", notesByTopic.get(GuidanceTopic.OVERVIEW));
		model.addAttribute("pharmacokinetics", notesByTopic.get(GuidanceTopic.PHARMACOKINETICS));
		model.addAttribute("dosageForms", this.dosageForms.findAllByOrderBySortOrderAscAmountAsc());
		model.addAttribute("boxedWarnings", this.safetyItems.findByBoxedWarningTrueOrderBySortOrderAsc());
		model.addAttribute("claimChecks", this.claimChecks.findAllByOrderBySortOrderAsc());
		return "overview/overview";
	}

}
