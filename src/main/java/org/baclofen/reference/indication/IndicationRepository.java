package org.baclofen.reference.indication;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface IndicationRepository extends Repository<Indication, Long> {

	@EntityGraph(attributePaths = "sources")
	List<Indication> findAllByOrderBySortOrderAscNameAsc();

	@EntityGraph(attributePaths = "sources")
	Optional<Indication> findBySlug(String slug);

	@EntityGraph(attributePaths = "sources")
	Optional<Indication> findById(Long id);

	boolean existsBySlug(String slug);

	Indication save(Indication indication);

	void delete(Indication indication);

}
