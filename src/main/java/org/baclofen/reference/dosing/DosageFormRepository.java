package org.baclofen.reference.dosing;

import java.util.List;
import java.util.Optional;

import org.baclofen.reference.content.Route;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface DosageFormRepository extends Repository<DosageForm, Long> {

	@EntityGraph(attributePaths = "sources")
	List<DosageForm> findAllByOrderBySortOrderAscAmountAsc();

	@EntityGraph(attributePaths = "sources")
	List<DosageForm> findByRouteOrderBySortOrderAscAmountAsc(Route route);

	@EntityGraph(attributePaths = "sources")
	Optional<DosageForm> findById(Long id);

	DosageForm save(DosageForm item);

	void delete(DosageForm item);

	List<DosageForm> findByFormAndRouteAndAmountUnit(DosageForm.Form form, Route route, DosageForm.AmountUnit unit);

}
