package org.baclofen.reference.dosing;

import java.util.List;
import java.util.Optional;

import org.baclofen.reference.content.ContentRepository;
import org.springframework.data.jpa.repository.EntityGraph;

public interface IntrathecalTitrationLimitRepository extends ContentRepository<IntrathecalTitrationLimit> {

	@EntityGraph(attributePaths = "sources")
	List<IntrathecalTitrationLimit> findAllByOrderBySortOrderAsc();

	@EntityGraph(attributePaths = "sources")
	Optional<IntrathecalTitrationLimit> findById(Long id);

}
