package org.baclofen.reference.overview;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.baclofen.reference.content.CombinedCitation;
import org.baclofen.reference.dosing.DosageFormRepository;
import org.baclofen.reference.dosing.IntrathecalScreeningDoseRepository;
import org.baclofen.reference.dosing.RenalBand;
import org.baclofen.reference.dosing.RenalBandRepository;
import org.baclofen.reference.dosing.TitrationProtocol;
import org.baclofen.reference.dosing.TitrationProtocolRepository;
import org.baclofen.reference.guidance.GuidanceNote;
import org.baclofen.reference.guidance.GuidanceNoteRepository;
import org.baclofen.reference.guidance.GuidanceTopic;
import org.baclofen.reference.interaction.InteractionRepository;
import org.baclofen.reference.interaction.SeverityLevel;
import org.baclofen.reference.interaction.SeverityLevelRepository;
import org.baclofen.reference.interaction.SeverityRanking;
import org.baclofen.reference.safety.SafetyItem;
import org.baclofen.reference.safety.SafetyItemRepository;
import org.baclofen.reference.safety.SafetyKind;
import org.baclofen.reference.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The summary a clinician reads first, and the pages that hold what the summary leaves
 * out: pharmacology and products, and the claims checked against the sources.
 */
@Controller
class OverviewController {

	/**
	 * How many interactions the summary lists, worst first; the interactions page has
	 * them all.
	 */
	static final int TOP_INTERACTIONS = 5;

	private final DrugRepository drugs;

	private final DosageFormRepository dosageForms;

	private final GuidanceNoteRepository notes;

	private final SafetyItemRepository safetyItems;

	private final ClaimCheckRepository claimChecks;

	private final TitrationProtocolRepository protocols;

	private final IntrathecalScreeningDoseRepository screeningDoses;

	private final InteractionRepository interactions;

	private final SeverityLevelRepository severityLevels;

	private final RenalBandRepository renalBands;

	OverviewController(DrugRepository drugs, DosageFormRepository dosageForms, GuidanceNoteRepository notes,
			SafetyItemRepository safetyItems, ClaimCheckRepository claimChecks, TitrationProtocolRepository protocols,
			IntrathecalScreeningDoseRepository screeningDoses, InteractionRepository interactions,
			SeverityLevelRepository severityLevels, RenalBandRepository renalBands) {
		this.drugs = drugs;
		this.dosageForms = dosageForms;
		this.notes = notes;
		this.safetyItems = safetyItems;
		this.claimChecks = claimChecks;
		this.protocols = protocols;
		this.screeningDoses = screeningDoses;
		this.interactions = interactions;
		this.severityLevels = severityLevels;
		this.renalBands = renalBands;
	}

	@GetMapping("/")
	String summary(Model model) {
		model.addAttribute("drug", drug());
		// One read of the safety items for the boxed warning, the bottom lines and the
		// contraindications.
		List<SafetyItem> safety = this.safetyItems.findAllByOrderByBoxedWarningDescSortOrderAsc();
		model.addAttribute("boxedWarnings", safety.stream().filter(SafetyItem::isBoxedWarning).toList());
		bottomLines(model, safety);
		model.addAttribute("protocol", this.protocols.findByCode(TitrationProtocol.ORAL_US_LABEL)
			.orElseThrow(() -> new NotFoundException("Oral titration protocol")));
		model.addAttribute("screeningDoses", this.screeningDoses.findAllByOrderBySequenceAsc());
		model.addAttribute("contraindications",
				safety.stream().filter((item) -> item.getKind() == SafetyKind.CONTRAINDICATION).toList());
		List<SeverityLevel> appScale = this.severityLevels.findByScaleOrderByRankAsc(SeverityLevel.APP_SCALE);
		model.addAttribute("appScale", appScale);
		model.addAttribute("topInteractions",
				new SeverityRanking(appScale).worstFirst(this.interactions.findAllBy())
					.stream()
					.limit(TOP_INTERACTIONS)
					.toList());
		return "overview/summary";
	}

	/**
	 * The bottom lines: the kidney bands that change the dose, with every source they
	 * cite, and each safety item's advice in one line (the boxed warning has its own
	 * box).
	 */
	private void bottomLines(Model model, List<SafetyItem> safety) {
		// Clearance bands from the highest, then the dialysis band, as the renal page
		// lists them.
		List<RenalBand> reducingBands = this.renalBands.findAllByOrderByCrclMinMlPerMinDesc()
			.stream()
			.filter(RenalBand::changesTheDose)
			.sorted(Comparator.comparing(RenalBand::isDialysis))
			.toList();
		model.addAttribute("kidneyBands", reducingBands);
		model.addAttribute("kidneyCitation", reducingBands.isEmpty() ? null : CombinedCitation.of(reducingBands));
		model.addAttribute("inBrief",
				safety.stream().filter((item) -> item.getInBrief() != null && !item.isBoxedWarning()).toList());
	}

	@GetMapping("/pharmacology")
	String pharmacology(Model model) {
		model.addAttribute("drug", drug());
		Map<GuidanceTopic, List<GuidanceNote>> notesByTopic = this.notes
			.findByTopics(List.of(GuidanceTopic.OVERVIEW, GuidanceTopic.PHARMACOKINETICS));
		model.addAttribute("overviewNotes", notesByTopic.get(GuidanceTopic.OVERVIEW));
		model.addAttribute("pharmacokinetics", notesByTopic.get(GuidanceTopic.PHARMACOKINETICS));
		model.addAttribute("dosageForms", this.dosageForms.findAllByOrderBySortOrderAscAmountAsc());
		return "overview/pharmacology";
	}

	@GetMapping("/claims")
	String claims(Model model) {
		model.addAttribute("claimChecks", this.claimChecks.findAllByOrderBySortOrderAsc());
		return "overview/claims";
	}

	private Drug drug() {
		return this.drugs.findByName(Drug.BACLOFEN).orElseThrow(() -> new NotFoundException(Drug.BACLOFEN));
	}

}
