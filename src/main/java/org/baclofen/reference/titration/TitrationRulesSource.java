package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.baclofen.reference.content.Route;
import org.baclofen.reference.content.Source;
import org.baclofen.reference.dosing.DiscontinuationGuidance;
import org.baclofen.reference.dosing.DiscontinuationGuidanceRepository;
import org.baclofen.reference.dosing.DosageForm;
import org.baclofen.reference.dosing.DosageFormRepository;
import org.baclofen.reference.dosing.OralAgeRule;
import org.baclofen.reference.dosing.OralAgeRuleRepository;
import org.baclofen.reference.dosing.RenalBand;
import org.baclofen.reference.dosing.RenalBandRepository;
import org.baclofen.reference.dosing.TitrationProtocol;
import org.baclofen.reference.dosing.TitrationProtocolRepository;
import org.baclofen.reference.dosing.WeightStartDose;
import org.baclofen.reference.dosing.WeightStartDoseRepository;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the rules from the stored content once per published revision (and afresh for a
 * caller that may see uncommitted changes), so an edit to the protocol, the renal bands,
 * the taper guidance, the age rules or the tablet strengths changes the planner and the
 * checker on the next request, on every instance.
 */
@Component
public class TitrationRulesSource {

	private final TitrationProtocolRepository protocols;

	private final RenalBandRepository renalBands;

	private final DiscontinuationGuidanceRepository discontinuation;

	private final DosageFormRepository dosageForms;

	private final OralAgeRuleRepository ageRules;

	private final WeightStartDoseRepository weightStarts;

	TitrationRulesSource(TitrationProtocolRepository protocols, RenalBandRepository renalBands,
			DiscontinuationGuidanceRepository discontinuation, DosageFormRepository dosageForms,
			OralAgeRuleRepository ageRules, WeightStartDoseRepository weightStarts) {
		this.protocols = protocols;
		this.renalBands = renalBands;
		this.discontinuation = discontinuation;
		this.dosageForms = dosageForms;
		this.ageRules = ageRules;
		this.weightStarts = weightStarts;
	}

	/**
	 * The rules and the content they were read from, for pages that show the sources.
	 */
	public record StoredRules(TitrationRules rules, TitrationProtocol protocol, DiscontinuationGuidance taperRule,
			List<OralAgeRule> ageRules) {

		/**
		 * The label's usual maintenance target: the daily total of the last step before
		 * the open-ended one.
		 */
		public BigDecimal defaultTargetDailyMg() {
			return this.protocol.getSteps()
				.stream()
				.filter((step) -> !step.isOpenEnded())
				.reduce((first, second) -> second)
				.map((step) -> step.getDailyMg())
				.orElse(this.protocol.getStartDailyMg());
		}

	}

	/**
	 * The rules, shared by every request until the next revision is published: what the
	 * pages show of them (the protocol's steps and sources, the taper rule's sources) is
	 * read here too, so they can be used outside this transaction.
	 */
	@Cacheable(cacheNames = "titrationRules", sync = true)
	@Transactional(readOnly = true)
	public StoredRules load() {
		StoredRules stored = rulesOf(this.protocols.findByCode(TitrationProtocol.ORAL_US_LABEL).stream().toList(),
				this.discontinuation.findAllByOrderBySortOrderAsc(),
				this.renalBands.findAllByOrderByCrclMinMlPerMinDesc(),
				this.dosageForms.findByRouteOrderBySortOrderAscAmountAsc(Route.ORAL),
				this.ageRules.findAllByOrderByMinAgeYearsAsc(), this.weightStarts.findAllByOrderByStartDoseMgAsc());
		stored.protocol().getSteps();
		stored.protocol().getSources();
		stored.taperRule().getSources();
		return stored;
	}

	/**
	 * The rules the given rows make: the stored ones, or (for the review screen's "what
	 * if") the stored ones with a draft's change in place. Plain computation: the rows
	 * may be in any order and include rows the rules do not use.
	 * @throws IllegalStateException when the rows lack the oral protocol or the taper
	 * rule
	 */
	public static StoredRules rulesOf(List<TitrationProtocol> protocols, List<DiscontinuationGuidance> guidance,
			List<RenalBand> renalBands, List<DosageForm> dosageForms, List<OralAgeRule> ageRules,
			List<WeightStartDose> weightStarts) {
		TitrationProtocol protocol = protocols.stream()
			.filter((candidate) -> TitrationProtocol.ORAL_US_LABEL.equals(candidate.getCode()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The oral titration protocol is missing from the content"));
		DiscontinuationGuidance taperRule = guidance.stream()
			.sorted(Comparator.comparingInt(DiscontinuationGuidance::getSortOrder))
			.filter((candidate) -> candidate.isRuleBasis() && candidate.getRoute() == Route.ORAL
					&& candidate.getMinTaperDays() != null)
			.findFirst()
			.orElseThrow(
					() -> new IllegalStateException("No oral discontinuation guidance is marked as the rule basis"));
		List<RenalBandRule> bands = renalBands.stream()
			// As the database orders them (descending, an open lower bound first).
			.sorted(Comparator.comparing(RenalBand::getCrclMinMlPerMin,
					Comparator.nullsFirst(Comparator.<BigDecimal>reverseOrder())))
			.map(TitrationRulesSource::toRule)
			.toList();
		List<DosageForm> oralForms = dosageForms.stream()
			.filter((form) -> form.getRoute() == Route.ORAL)
			.sorted(Comparator.comparingInt(DosageForm::getSortOrder).thenComparing(DosageForm::getAmount))
			.toList();
		TitrationRules.TaperRule taper = new TitrationRules.TaperRule(taperRule.getMinTaperDays(),
				taperRule.getTaperEndFraction(), taperRule.getTaperEndMaxDailyMg(), taperRule.getTaperStepMaxFraction(),
				taperRule.getTaperStepFloorMg(), taperRule.getTaperStepMinDays());
		List<OralAgeRule> ages = ageRules.stream()
			.sorted(Comparator.comparingInt(OralAgeRule::getMinAgeYears))
			.toList();
		TitrationRules rules = new TitrationRules(protocol.getStartDoseMg(), protocol.getAdministrationsPerDay(),
				protocol.getAdministrationsPerDay(), protocol.getIncrementMg(), protocol.getIntervalDays(),
				protocol.getMaxDailyMg(), protocol.getMaxAdministrationsPerDay(), taper, bands,
				offered(products(oralForms), protocol.getStartDoseMg()),
				ages.stream().map(TitrationRulesSource::toRule).toList(),
				weightStarts.stream().map(TitrationRulesSource::toRule).toList());
		return new StoredRules(rules, protocol, taperRule, ages);
	}

	/**
	 * The products the tools build doses from: the liquids, and the tablets and granules
	 * that can give the protocol's starting dose. A strength listed on its own (the 15 mg
	 * tablet only one labeler makes) stays in the forms table but never appears in a
	 * schedule, where a pharmacy might not be able to dispense it.
	 */
	static List<OralProduct> offered(List<OralProduct> products, BigDecimal startDoseMg) {
		return products.stream().filter((product) -> product.isLiquid() || product.canMake(startDoseMg)).toList();
	}

	static AgeBandRule toRule(OralAgeRule rule) {
		return new AgeBandRule(rule.getMinAgeYears(), rule.getMaxAgeYears(), rule.getSchedule(), rule.getMaxDailyMg(),
				rule.getStartTimesPerDay(), rule.getTimesPerDay(), rule.getIntervalDays(), rule.isOffLabel(),
				codes(rule.getSources()));
	}

	static WeightStartRule toRule(WeightStartDose dose) {
		return new WeightStartRule(dose.getMinWeightKg(), dose.isMinInclusive(), dose.getMaxWeightKg(),
				dose.isMaxInclusive(), dose.getStartDoseMg(), codes(dose.getSources()));
	}

	private static String codes(List<Source> sources) {
		return sources.stream().map(Source::getCode).collect(Collectors.joining(", "));
	}

	/**
	 * The oral products doses can be built from, in page order: the rows of one product
	 * and form together (tablets by their strengths and scoring, granules by their
	 * packets), and each liquid that has a dose step. Each is known by its first row's
	 * id.
	 */
	static List<OralProduct> products(List<DosageForm> oralForms) {
		Map<String, List<DosageForm>> byProduct = new LinkedHashMap<>();
		for (DosageForm form : oralForms) {
			if (form.getAmountUnit() == DosageForm.AmountUnit.MG
					&& (!form.isLiquid() || form.getDoseStepMg() != null)) {
				byProduct.computeIfAbsent(form.getProduct() + "|" + form.getForm(), (key) -> new ArrayList<>())
					.add(form);
			}
		}
		List<OralProduct> products = new ArrayList<>();
		for (List<DosageForm> rows : byProduct.values()) {
			DosageForm first = rows.get(0);
			OralProduct.Kind kind = OralProduct.Kind.valueOf(first.getForm() == DosageForm.Form.ORAL_GRANULES
					? "GRANULES" : first.getForm() == DosageForm.Form.TABLET ? "TABLETS" : first.getForm().name());
			if (kind.isLiquid()) {
				products.add(OralProduct.liquid(first.getId(), first.getProduct() + ", " + first.getStrength(), kind,
						first.getConcentrationPerMl(), first.getDoseStepMg()));
			}
			else {
				products.add(OralProduct.solid(first.getId(), first.getProduct(), kind,
						rows.stream()
							.map((form) -> new TabletStrengths.Strength(form.getAmount(), form.isMayBeHalved()))
							.toList()));
			}
		}
		return products;
	}

	/**
	 * A stored band as the rules apply it; the FHIR API describes bands with the same
	 * rule the checker uses.
	 */
	public static RenalBandRule toRule(RenalBand band) {
		return new RenalBandRule(band.getCrclMinMlPerMin(), band.isMinInclusive(), band.getCrclMaxMlPerMin(),
				band.isMaxInclusive(), band.getDoseReductionPercent(), band.getMaxDailyMg(), band.isDialysis(),
				band.getSourceKind().name().toLowerCase(Locale.ROOT).replace('_', ' '), codes(band.getSources()),
				band.getSummary());
	}

}
