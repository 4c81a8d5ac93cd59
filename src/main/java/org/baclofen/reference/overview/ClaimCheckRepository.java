package org.baclofen.reference.overview;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface ClaimCheckRepository extends Repository<ClaimCheck, Long> {

	@EntityGraph(attributePaths = "sources")
	List<ClaimCheck> findAllByOrderBySortOrderAsc();

	@EntityGraph(attributePaths = "sources")
	Optional<ClaimCheck> findById(Long id);

	boolean existsByClaimIgnoreCase(String claim);

	boolean existsByClaimIgnoreCaseAndIdNot(String claim, Long id);

	ClaimCheck save(ClaimCheck claimCheck);

	void delete(ClaimCheck claimCheck);

}
