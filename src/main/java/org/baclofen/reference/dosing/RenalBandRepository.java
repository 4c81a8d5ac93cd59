package org.baclofen.reference.dosing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface RenalBandRepository extends Repository<RenalBand, Long> {

	@EntityGraph(attributePaths = "sources")
	List<RenalBand> findAllByOrderByCrclMinMlPerMinDesc();

	@EntityGraph(attributePaths = "sources")
	Optional<RenalBand> findById(Long id);

	RenalBand save(RenalBand item);

	void delete(RenalBand item);

}
