package org.baclofen.reference.safety;

import java.util.List;
import java.util.Optional;

import org.baclofen.reference.content.ContentRepository;
import org.springframework.data.jpa.repository.EntityGraph;

public interface SafetyItemRepository extends ContentRepository<SafetyItem> {

	@EntityGraph(attributePaths = "sources")
	List<SafetyItem> findAllByOrderByBoxedWarningDescSortOrderAsc();

	@EntityGraph(attributePaths = "sources")
	List<SafetyItem> findByBoxedWarningTrueOrderBySortOrderAsc();

	@EntityGraph(attributePaths = "sources")
	List<SafetyItem> findByKindOrderBySortOrderAsc(SafetyKind kind);

	@EntityGraph(attributePaths = "sources")
	Optional<SafetyItem> findById(Long id);

	List<SafetyItem> findByKindAndConditionIgnoreCase(SafetyKind kind, String condition);

}
