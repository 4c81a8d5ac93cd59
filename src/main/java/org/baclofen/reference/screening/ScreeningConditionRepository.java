package org.baclofen.reference.screening;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.baclofen.reference.content.ContentRepository;
import org.springframework.data.jpa.repository.EntityGraph;

public interface ScreeningConditionRepository extends ContentRepository<ScreeningCondition> {

	/** The conditions offered on the check form, without their warnings. */
	List<ScreeningCondition> findAllByOrderBySortOrderAsc();

	/**
	 * Every condition with its warnings and the warnings' sources, in one statement, for
	 * the {@link ScreeningIndex}.
	 */
	@EntityGraph(attributePaths = { "safetyItems", "safetyItems.sources" })
	List<ScreeningCondition> findAllWithWarningsByOrderBySortOrderAsc();

	/** The given conditions with their warnings and the warnings' sources. */
	@EntityGraph(attributePaths = { "safetyItems", "safetyItems.sources" })
	List<ScreeningCondition> findByCodeInOrderBySortOrderAsc(Collection<String> codes);

	boolean existsByCode(String code);

	@EntityGraph(attributePaths = "safetyItems")
	Optional<ScreeningCondition> findById(Long id);

}
