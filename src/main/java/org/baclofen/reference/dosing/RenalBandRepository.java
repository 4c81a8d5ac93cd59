package org.baclofen.reference.dosing;

import java.util.List;
import java.util.Optional;

import org.baclofen.reference.content.ContentRepository;
import org.springframework.data.jpa.repository.EntityGraph;

public interface RenalBandRepository extends ContentRepository<RenalBand> {

	@EntityGraph(attributePaths = "sources")
	List<RenalBand> findAllByOrderByCrclMinMlPerMinDesc();

	@EntityGraph(attributePaths = "sources")
	Optional<RenalBand> findById(Long id);

}
