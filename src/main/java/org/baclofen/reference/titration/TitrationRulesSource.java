package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.baclofen.reference.content.Route;
import org.baclofen.reference.dosing.DiscontinuationGuidance;
import org.baclofen.reference.dosing.DiscontinuationGuidanceRepository;
import org.baclofen.reference.dosing.DosageForm;
import org.baclofen.reference.dosing.DosageFormRepository;
import org.baclofen.reference.dosing.RenalBand;
import org.baclofen.reference.dosing.RenalBandRepository;
import org.baclofen.reference.dosing.TitrationProtocol;
import org.baclofen.reference.dosing.TitrationProtocolRepository;
import org.baclofen.reference.source.Source;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the rules from the stored content on every use, so an edit to the protocol, the renal bands, the
 * taper guidance or the tablet strengths changes the planner and the checker at once.
 */
@Component
public class TitrationRulesSource {

	private final TitrationProtocolRepository protocols;

	private final RenalBandRepository renalBands;

	private final DiscontinuationGuidanceRepository discontinuation;

	private final DosageFormRepository dosageForms;

	TitrationRulesSource(TitrationProtocolRepository protocols, RenalBandRepository renalBands,
			DiscontinuationGuidanceRepository discontinuation, DosageFormRepository dosageForms) {
		this.protocols = protocols;
		this.renalBands = renalBands;
		this.discontinuation = discontinuation;
		this.dosageForms = dosageForms;
	}

	/** The rules and the content they were read from, for pages that show the sources. */
	public record StoredRules(TitrationRules rules, TitrationProtocol protocol, DiscontinuationGuidance taperRule) {

		/** The label's usual maintenance target: the daily total of the last step before the open-ended one. */
		public BigDecimal defaultTargetDailyMg() {
			return this.protocol.getSteps()
				.stream()
				.filter((step) -> !step.isOpenEnded())
				.reduce((first, second) -> second)
				.map((step) -> step.getDailyMg())
				.orElse(this.protocol.getStartDailyMg());
		}

	}

	@Transactional(readOnly = true)
	public StoredRules load() {
		TitrationProtocol protocol = this.protocols.findByCode(TitrationProtocol.ORAL_US_LABEL)
			.orElseThrow(() -> new IllegalStateException("The oral titration protocol is missing from the content"));
		DiscontinuationGuidance taperRule = this.discontinuation.findAllByOrderBySortOrderAsc()
			.stream()
			.filter((guidance) -> guidance.isRuleBasis() && guidance.getRoute() == Route.ORAL
					&& guidance.getMinTaperDays() != null)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No oral discontinuation guidance is marked as the rule basis"));
		List<TabletStrengths.Strength> tablets = this.dosageForms.findByRouteOrderBySortOrderAscAmountAsc(Route.ORAL)
			.stream()
			.filter((form) -> form.getForm() == DosageForm.Form.TABLET && form.getAmountUnit() == DosageForm.AmountUnit.MG)
			.map((form) -> new TabletStrengths.Strength(form.getAmount(), form.isMayBeHalved()))
			.toList();
		List<RenalBandRule> bands = this.renalBands.findAllByOrderByCrclMinMlPerMinDesc()
			.stream()
			.map(TitrationRulesSource::toRule)
			.toList();
		TitrationRules rules = new TitrationRules(protocol.getStartDoseMg(), protocol.getAdministrationsPerDay(),
				protocol.getIncrementMg(), protocol.getIntervalDays(), protocol.getMaxDailyMg(),
				protocol.getMaxAdministrationsPerDay(), taperRule.getMinTaperDays(), bands, new TabletStrengths(tablets));
		return new StoredRules(rules, protocol, taperRule);
	}

	private static RenalBandRule toRule(RenalBand band) {
		return new RenalBandRule(band.getCrclMinMlPerMin(), band.getCrclMaxMlPerMin(), band.getDoseReductionPercent(),
				band.getSourceKind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
				band.getSources().stream().map(Source::getCode).collect(Collectors.joining(", ")));
	}

}
