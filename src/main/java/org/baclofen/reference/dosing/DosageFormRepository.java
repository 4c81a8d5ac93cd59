package org.baclofen.reference.dosing;

import java.util.List;
import java.util.Optional;

import org.baclofen.reference.content.ContentRepository;
import org.baclofen.reference.content.Route;
import org.springframework.data.jpa.repository.EntityGraph;

public interface DosageFormRepository extends ContentRepository<DosageForm> {

	@EntityGraph(attributePaths = "sources")
	List<DosageForm> findAllByOrderBySortOrderAscAmountAsc();

	@EntityGraph(attributePaths = "sources")
	List<DosageForm> findByRouteOrderBySortOrderAscAmountAsc(Route route);

	@EntityGraph(attributePaths = "sources")
	Optional<DosageForm> findById(Long id);

	List<DosageForm> findByFormAndRouteAndAmountUnit(DosageForm.Form form, Route route, DosageForm.AmountUnit unit);

}
