package org.baclofen.reference.dosing;

import java.util.List;

import org.baclofen.reference.content.Route;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface DosageFormRepository extends Repository<DosageForm, Long> {

	@EntityGraph(attributePaths = "sources")
	List<DosageForm> findAllByOrderBySortOrderAscAmountAsc();

	@EntityGraph(attributePaths = "sources")
	List<DosageForm> findByRouteOrderBySortOrderAscAmountAsc(Route route);

}
