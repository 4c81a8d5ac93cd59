package org.baclofen.reference.overview;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface ClaimCheckRepository extends Repository<ClaimCheck, Long> {

	@EntityGraph(attributePaths = "sources")
	List<ClaimCheck> findAllByOrderBySortOrderAsc();

}
