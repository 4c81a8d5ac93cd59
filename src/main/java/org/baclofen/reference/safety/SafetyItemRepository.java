package org.baclofen.reference.safety;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface SafetyItemRepository extends Repository<SafetyItem, Long> {

	@EntityGraph(attributePaths = "sources")
	List<SafetyItem> findAllByOrderByBoxedWarningDescSortOrderAsc();

	@EntityGraph(attributePaths = "sources")
	List<SafetyItem> findByBoxedWarningTrueOrderBySortOrderAsc();

	@EntityGraph(attributePaths = "sources")
	List<SafetyItem> findByKindOrderBySortOrderAsc(SafetyKind kind);

	@EntityGraph(attributePaths = "sources")
	Optional<SafetyItem> findById(Long id);

	SafetyItem save(SafetyItem item);

	void delete(SafetyItem item);

	List<SafetyItem> findByKindAndConditionIgnoreCase(SafetyKind kind, String condition);

}
