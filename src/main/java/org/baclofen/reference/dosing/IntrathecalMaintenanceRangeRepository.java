package org.baclofen.reference.dosing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface IntrathecalMaintenanceRangeRepository extends Repository<IntrathecalMaintenanceRange, Long> {

	@EntityGraph(attributePaths = "sources")
	List<IntrathecalMaintenanceRange> findAllByOrderBySortOrderAsc();

	@EntityGraph(attributePaths = "sources")
	Optional<IntrathecalMaintenanceRange> findById(Long id);

	IntrathecalMaintenanceRange save(IntrathecalMaintenanceRange item);

	void delete(IntrathecalMaintenanceRange item);

	List<IntrathecalMaintenanceRange> findByPopulationIgnoreCase(String population);

}
