package org.baclofen.reference.screening;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface ScreeningConditionRepository extends Repository<ScreeningCondition, Long> {

	/** The conditions offered on the check form, without their warnings. */
	List<ScreeningCondition> findAllByOrderBySortOrderAsc();

	/** The chosen conditions with their warnings and the warnings' sources, in one statement. */
	@EntityGraph(attributePaths = { "safetyItems", "safetyItems.sources" })
	List<ScreeningCondition> findByCodeInOrderBySortOrderAsc(Collection<String> codes);

	boolean existsByCode(String code);

	ScreeningCondition save(ScreeningCondition condition);

	@EntityGraph(attributePaths = "safetyItems")
	Optional<ScreeningCondition> findById(Long id);

	void delete(ScreeningCondition condition);

}
