package org.baclofen.reference.dosing;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface DiscontinuationGuidanceRepository extends Repository<DiscontinuationGuidance, Long> {

	@EntityGraph(attributePaths = "sources")
	List<DiscontinuationGuidance> findAllByOrderBySortOrderAsc();

}
