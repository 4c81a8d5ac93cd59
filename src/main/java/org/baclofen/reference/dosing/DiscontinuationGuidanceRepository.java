package org.baclofen.reference.dosing;

import java.util.List;
import java.util.Optional;

import org.baclofen.reference.content.ContentRepository;
import org.springframework.data.jpa.repository.EntityGraph;

public interface DiscontinuationGuidanceRepository extends ContentRepository<DiscontinuationGuidance> {

	@EntityGraph(attributePaths = "sources")
	List<DiscontinuationGuidance> findAllByOrderBySortOrderAsc();

	@EntityGraph(attributePaths = "sources")
	Optional<DiscontinuationGuidance> findById(Long id);

	List<DiscontinuationGuidance> findByTitleIgnoreCase(String title);

}
