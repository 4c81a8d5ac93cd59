package org.baclofen.reference.dosing;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface IntrathecalTitrationLimitRepository extends Repository<IntrathecalTitrationLimit, Long> {

	@EntityGraph(attributePaths = "sources")
	List<IntrathecalTitrationLimit> findAllByOrderBySortOrderAsc();

}
