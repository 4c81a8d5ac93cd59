package org.baclofen.reference.dosing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface DiscontinuationGuidanceRepository extends Repository<DiscontinuationGuidance, Long> {

	@EntityGraph(attributePaths = "sources")
	List<DiscontinuationGuidance> findAllByOrderBySortOrderAsc();

	@EntityGraph(attributePaths = "sources")
	Optional<DiscontinuationGuidance> findById(Long id);

	DiscontinuationGuidance save(DiscontinuationGuidance item);

	void delete(DiscontinuationGuidance item);

	List<DiscontinuationGuidance> findByTitleIgnoreCase(String title);

}
