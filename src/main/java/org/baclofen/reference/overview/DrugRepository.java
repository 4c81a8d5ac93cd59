package org.baclofen.reference.overview;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface DrugRepository extends Repository<Drug, Long> {

	@EntityGraph(attributePaths = { "sources", "rxnormSource", "atcSource", "snomedCtSource" })
	Optional<Drug> findByName(String name);

	@EntityGraph(attributePaths = "sources")
	List<Drug> findAllByOrderByNameAsc();

	@EntityGraph(attributePaths = { "sources", "rxnormSource", "atcSource", "snomedCtSource" })
	Optional<Drug> findById(Long id);

	long count();

	Drug save(Drug drug);

	void delete(Drug drug);

}
