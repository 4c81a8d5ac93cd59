package org.baclofen.reference.cdshooks;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface KidneyFunctionCodeRepository extends Repository<KidneyFunctionCode, Long> {

	@EntityGraph(attributePaths = "sources")
	List<KidneyFunctionCode> findAllByOrderBySortOrderAsc();

}
