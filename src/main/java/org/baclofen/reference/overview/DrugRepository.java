package org.baclofen.reference.overview;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface DrugRepository extends Repository<Drug, Long> {

	@EntityGraph(attributePaths = "sources")
	Optional<Drug> findByName(String name);

}
