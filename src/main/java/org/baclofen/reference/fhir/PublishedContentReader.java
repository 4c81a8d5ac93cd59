package org.baclofen.reference.fhir;

import org.baclofen.reference.adverse.AdverseEffectRepository;
import org.baclofen.reference.audit.PublishedRevisions;
import org.baclofen.reference.dosing.DosageFormRepository;
import org.baclofen.reference.dosing.IntrathecalMaintenanceRangeRepository;
import org.baclofen.reference.dosing.IntrathecalScreeningDoseRepository;
import org.baclofen.reference.dosing.IntrathecalTitrationLimitRepository;
import org.baclofen.reference.dosing.RenalBandRepository;
import org.baclofen.reference.dosing.TitrationProtocol;
import org.baclofen.reference.dosing.TitrationProtocolRepository;
import org.baclofen.reference.indication.IndicationRepository;
import org.baclofen.reference.interaction.InteractionRepository;
import org.baclofen.reference.interaction.SeverityLevel;
import org.baclofen.reference.interaction.SeverityLevelRepository;
import org.baclofen.reference.overview.Drug;
import org.baclofen.reference.overview.DrugRepository;
import org.baclofen.reference.safety.SafetyItemRepository;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the published content through the same repositories as the pages. This is the one
 * place the FHIR API depends on the content packages, so a change there (an editorial
 * workflow that hides drafts, say) is adapted here.
 */
@Component
class PublishedContentReader {

	private final PublishedRevisions revisions;

	private final DrugRepository drugs;

	private final DosageFormRepository dosageForms;

	private final TitrationProtocolRepository protocols;

	private final RenalBandRepository renalBands;

	private final IntrathecalScreeningDoseRepository screeningDoses;

	private final IntrathecalMaintenanceRangeRepository maintenanceRanges;

	private final IntrathecalTitrationLimitRepository titrationLimits;

	private final IndicationRepository indications;

	private final SafetyItemRepository safetyItems;

	private final InteractionRepository interactions;

	private final SeverityLevelRepository severityLevels;

	private final AdverseEffectRepository adverseEffects;

	PublishedContentReader(PublishedRevisions revisions, DrugRepository drugs, DosageFormRepository dosageForms,
			TitrationProtocolRepository protocols, RenalBandRepository renalBands,
			IntrathecalScreeningDoseRepository screeningDoses, IntrathecalMaintenanceRangeRepository maintenanceRanges,
			IntrathecalTitrationLimitRepository titrationLimits, IndicationRepository indications,
			SafetyItemRepository safetyItems, InteractionRepository interactions,
			SeverityLevelRepository severityLevels, AdverseEffectRepository adverseEffects) {
		this.revisions = revisions;
		this.drugs = drugs;
		this.dosageForms = dosageForms;
		this.protocols = protocols;
		this.renalBands = renalBands;
		this.screeningDoses = screeningDoses;
		this.maintenanceRanges = maintenanceRanges;
		this.titrationLimits = titrationLimits;
		this.indications = indications;
		this.safetyItems = safetyItems;
		this.interactions = interactions;
		this.severityLevels = severityLevels;
		this.adverseEffects = adverseEffects;
	}

	/**
	 * The revision alone: enough to answer a conditional request without reading the
	 * content.
	 */
	public PublishedContent.Revision revision() {
		return PublishedContent.Revision.of(this.revisions.current());
	}

	/**
	 * Everything, with the lazy parts (source addresses, protocol steps, member names)
	 * loaded, so the caller can map it after the transaction ends; read once per
	 * published revision and shared by every request.
	 */
	@Cacheable(cacheNames = "fhirContent", sync = true)
	@Transactional(readOnly = true)
	public PublishedContent read() {
		Drug drug = this.drugs.findByName(Drug.BACLOFEN)
			.orElseThrow(() -> new IllegalStateException("The drug is missing from the content"));
		TitrationProtocol protocol = this.protocols.findByCode(TitrationProtocol.ORAL_US_LABEL)
			.orElseThrow(() -> new IllegalStateException("The oral titration protocol is missing from the content"));
		PublishedContent content = new PublishedContent(revision(), drug,
				this.dosageForms.findAllByOrderBySortOrderAscAmountAsc(), protocol,
				this.renalBands.findAllByOrderByCrclMinMlPerMinDesc(),
				this.screeningDoses.findAllByOrderBySequenceAsc(),
				this.maintenanceRanges.findAllByOrderBySortOrderAsc(),
				this.titrationLimits.findAllByOrderBySortOrderAsc(),
				this.indications.findAllByOrderBySortOrderAscNameAsc(),
				this.safetyItems.findAllByOrderByBoxedWarningDescSortOrderAsc(), this.interactions.findAllBy(),
				this.severityLevels.findAllByOrderByScaleAscRankAsc()
					.stream()
					.filter(SeverityLevel::isAppScale)
					.toList(),
				this.adverseEffects.findAllByOrderBySortOrderAscNameAsc());
		initialiseLazyParts(content);
		return content;
	}

	private static void initialiseLazyParts(PublishedContent content) {
		content.oralProtocol().getSteps().size();
		content.interactions().forEach((interaction) -> interaction.getMembers().size());
		content.all().forEach((item) -> item.getSources().forEach((source) -> source.getAddresses().size()));
	}

}
