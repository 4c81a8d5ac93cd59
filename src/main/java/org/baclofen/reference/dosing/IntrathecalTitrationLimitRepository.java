package org.baclofen.reference.dosing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface IntrathecalTitrationLimitRepository extends Repository<IntrathecalTitrationLimit, Long> {

	@EntityGraph(attributePaths = "sources")
	List<IntrathecalTitrationLimit> findAllByOrderBySortOrderAsc();

	@EntityGraph(attributePaths = "sources")
	Optional<IntrathecalTitrationLimit> findById(Long id);

	IntrathecalTitrationLimit save(IntrathecalTitrationLimit item);

	void delete(IntrathecalTitrationLimit item);

}
