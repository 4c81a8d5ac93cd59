package org.baclofen.reference.adverse;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface AdverseEffectRepository extends Repository<AdverseEffect, Long> {

	@EntityGraph(attributePaths = "sources")
	List<AdverseEffect> findAllByOrderBySortOrderAscNameAsc();

}
