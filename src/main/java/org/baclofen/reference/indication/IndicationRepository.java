package org.baclofen.reference.indication;

import java.util.List;
import java.util.Optional;

import org.baclofen.reference.content.ContentRepository;
import org.springframework.data.jpa.repository.EntityGraph;

public interface IndicationRepository extends ContentRepository<Indication> {

	@EntityGraph(attributePaths = "sources")
	List<Indication> findAllByOrderBySortOrderAscNameAsc();

	@EntityGraph(attributePaths = "sources")
	Optional<Indication> findBySlug(String slug);

	@EntityGraph(attributePaths = "sources")
	Optional<Indication> findById(Long id);

	boolean existsBySlug(String slug);

}
