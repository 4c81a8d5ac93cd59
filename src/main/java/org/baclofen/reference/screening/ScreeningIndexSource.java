package org.baclofen.reference.screening;

import java.util.ArrayList;
import java.util.List;

import org.baclofen.reference.content.CitedContent;
import org.baclofen.reference.interaction.Interaction;
import org.baclofen.reference.interaction.InteractionRepository;
import org.baclofen.reference.interaction.SeverityLevel;
import org.baclofen.reference.interaction.SeverityLevelRepository;
import org.baclofen.reference.overview.Drug;
import org.baclofen.reference.overview.DrugRepository;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the {@link ScreeningIndex} from the stored content, once per published revision
 * (and afresh for a caller that may see uncommitted changes), so a member name added by
 * an editor counts on the next check, on every instance.
 */
@Component
public class ScreeningIndexSource {

	private final InteractionRepository interactions;

	private final SeverityLevelRepository severityLevels;

	private final ScreeningConditionRepository conditions;

	private final DrugRepository drugs;

	ScreeningIndexSource(InteractionRepository interactions, SeverityLevelRepository severityLevels,
			ScreeningConditionRepository conditions, DrugRepository drugs) {
		this.interactions = interactions;
		this.severityLevels = severityLevels;
		this.conditions = conditions;
		this.drugs = drugs;
	}

	/**
	 * The index, with everything a check shows of an interaction or a condition (other
	 * names, warnings, sources) read here, so the page and the APIs use it outside this
	 * transaction.
	 */
	@Cacheable(cacheNames = "screeningIndex", sync = true)
	@Transactional(readOnly = true)
	public ScreeningIndex load() {
		List<Interaction> all = this.interactions.findAllBy();
		List<ScreeningCondition> conditions = this.conditions.findAllWithWarningsByOrderBySortOrderAsc();
		all.forEach((interaction) -> interaction.getSafetyItems().forEach(CitedContent::getSources));
		conditions.forEach((condition) -> condition.getSafetyItems().forEach(CitedContent::getSources));
		return new ScreeningIndex(MedicationMatcher.of(all, baclofenNames()), appScale(), conditions);
	}

	/**
	 * The drug's name and its products' brand names: an entry naming any of them is
	 * duplicate therapy.
	 */
	private List<String> baclofenNames() {
		List<String> names = new ArrayList<>();
		for (Drug drug : this.drugs.findAllWithBrandNames()) {
			names.add(drug.getName());
			names.addAll(drug.getBrandNames());
		}
		return names;
	}

	private List<SeverityLevel> appScale() {
		return this.severityLevels.findAllByOrderByScaleAscRankAsc()
			.stream()
			.filter((level) -> SeverityLevel.APP_SCALE.equals(level.getScale()))
			.toList();
	}

}
