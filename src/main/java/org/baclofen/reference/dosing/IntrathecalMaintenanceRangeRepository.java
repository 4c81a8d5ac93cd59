package org.baclofen.reference.dosing;

import java.util.List;
import java.util.Optional;

import org.baclofen.reference.content.ContentRepository;
import org.springframework.data.jpa.repository.EntityGraph;

public interface IntrathecalMaintenanceRangeRepository extends ContentRepository<IntrathecalMaintenanceRange> {

	@EntityGraph(attributePaths = "sources")
	List<IntrathecalMaintenanceRange> findAllByOrderBySortOrderAsc();

	@EntityGraph(attributePaths = "sources")
	Optional<IntrathecalMaintenanceRange> findById(Long id);

	List<IntrathecalMaintenanceRange> findByPopulationIgnoreCase(String population);

}
