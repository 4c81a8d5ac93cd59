package org.baclofen.reference.adverse;

import java.util.List;
import java.util.Optional;

import org.baclofen.reference.content.ContentRepository;
import org.baclofen.reference.content.Route;
import org.springframework.data.jpa.repository.EntityGraph;

public interface AdverseEffectRepository extends ContentRepository<AdverseEffect> {

	@EntityGraph(attributePaths = "sources")
	List<AdverseEffect> findAllByOrderBySortOrderAscNameAsc();

	@EntityGraph(attributePaths = "sources")
	Optional<AdverseEffect> findById(Long id);

	boolean existsByNameIgnoreCaseAndRoute(String name, Route route);

	boolean existsByNameIgnoreCaseAndRouteAndIdNot(String name, Route route, Long id);

}
