package org.baclofen.reference.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.safety.SafetyItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The conditions loaded by V4 and V10 map to exactly the stored safety items whose text
 * concerns them.
 */
@ReferenceAppTest
class ScreeningConditionRepositoryTest {

	private static final Map<String, List<String>> EXPECTED = Map.ofEntries(
			Map.entry("RENAL_IMPAIRMENT", List.of("PRECAUTION Renal impairment")),
			Map.entry("HEPATIC_IMPAIRMENT", List.of("PRECAUTION Liver disease")),
			Map.entry("EPILEPSY", List.of("WARNING Epilepsy")),
			Map.entry("PSYCHOTIC_DISORDER",
					List.of("WARNING Psychotic disorders, schizophrenia or confusional states")),
			Map.entry("STROKE", List.of("WARNING Poor tolerability in stroke")),
			Map.entry("CEREBRAL_ORIGIN_SPASTICITY", List.of("PRECAUTION Older adults and cerebral-origin spasticity")),
			Map.entry("AUTONOMIC_DYSREFLEXIA", List.of("WARNING Autonomic dysreflexia")),
			Map.entry("RESPIRATORY_IMPAIRMENT", List.of("PRECAUTION Respiratory impairment")),
			Map.entry("DIABETES", List.of("PRECAUTION Diabetes mellitus")),
			Map.entry("PEPTIC_ULCER",
					List.of("PRECAUTION Active peptic ulcer (some non-US labeling)",
							"PRECAUTION History of peptic ulcer")),
			Map.entry("BLADDER_SPHINCTER_HYPERTONIA", List.of("PRECAUTION Bladder sphincter hypertonia")),
			Map.entry("PREGNANCY", List.of("WARNING Neonatal withdrawal", "PREGNANCY Pregnancy")),
			Map.entry("BREASTFEEDING", List.of("LACTATION Breastfeeding")),
			Map.entry("AGE_65_OR_OVER", List.of("PRECAUTION Older adults and cerebral-origin spasticity")),
			Map.entry("HYPERSENSITIVITY_TO_BACLOFEN", List.of("CONTRAINDICATION Hypersensitivity to baclofen")),
			Map.entry("INTRATHECAL_PUMP",
					List.of("WARNING Abrupt discontinuation of intrathecal baclofen", "OVERDOSE Intrathecal overdose")),
			Map.entry("RELIES_ON_SPASTICITY", List.of("WARNING Posture and balance")),
			Map.entry("SPINAL_CORD_INJURY_T6_OR_ABOVE",
					List.of("WARNING Abrupt discontinuation of intrathecal baclofen", "WARNING Autonomic dysreflexia")),
			Map.entry("PARKINSONS_DISEASE", List.of("PRECAUTION Parkinson's disease")),
			Map.entry("CHILD_OR_ADOLESCENT", List.of("PRECAUTION Children and adolescents")));

	@Autowired
	private ScreeningConditionRepository conditions;

	@Test
	void everyConditionMapsToTheWarningsThatConcernIt() {
		List<ScreeningCondition> all = this.conditions.findByCodeInOrderBySortOrderAsc(EXPECTED.keySet());
		Map<String, List<String>> actual = all.stream()
			.collect(Collectors.toMap(ScreeningCondition::getCode,
					(condition) -> condition.getSafetyItems()
						.stream()
						.map(ScreeningConditionRepositoryTest::describe)
						.toList()));
		assertThat(actual).isEqualTo(EXPECTED);
		assertThat(all).allSatisfy((condition) -> assertThat(condition.getSafetyItems())
			.allSatisfy((item) -> assertThat(item.getSources()).isNotEmpty()));
	}

	@Test
	void theFormListsTheConditionsInTheirOrder() {
		assertThat(this.conditions.findAllByOrderBySortOrderAsc()).extracting(ScreeningCondition::getCode)
			.startsWith("HYPERSENSITIVITY_TO_BACLOFEN", "RENAL_IMPAIRMENT", "KIDNEY_FAILURE", "HEPATIC_IMPAIRMENT",
					"EPILEPSY")
			.contains("AGE_65_OR_OVER");
		assertThat(this.conditions.findAllByOrderBySortOrderAsc()).extracting("code", "label")
			.contains(tuple("EPILEPSY", "Epilepsy or seizure disorder"));
	}

	private static String describe(SafetyItem item) {
		return item.getKind() + " " + item.getCondition();
	}

}
