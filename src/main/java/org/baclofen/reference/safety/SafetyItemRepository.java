package org.baclofen.reference.safety;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface SafetyItemRepository extends Repository<SafetyItem, Long> {

	@EntityGraph(attributePaths = "sources")
	List<SafetyItem> findAllByOrderByBoxedWarningDescSortOrderAsc();

	@EntityGraph(attributePaths = "sources")
	List<SafetyItem> findByBoxedWarningTrueOrderBySortOrderAsc();

}
