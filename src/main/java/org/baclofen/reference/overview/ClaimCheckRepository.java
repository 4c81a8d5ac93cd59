package org.baclofen.reference.overview;

import java.util.List;
import java.util.Optional;

import org.baclofen.reference.content.ContentRepository;
import org.springframework.data.jpa.repository.EntityGraph;

public interface ClaimCheckRepository extends ContentRepository<ClaimCheck> {

	@EntityGraph(attributePaths = "sources")
	List<ClaimCheck> findAllByOrderBySortOrderAsc();

	@EntityGraph(attributePaths = "sources")
	Optional<ClaimCheck> findById(Long id);

	boolean existsByClaimIgnoreCase(String claim);

	boolean existsByClaimIgnoreCaseAndIdNot(String claim, Long id);

}
