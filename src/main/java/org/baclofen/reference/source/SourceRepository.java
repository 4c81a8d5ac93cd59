package org.baclofen.reference.source;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface SourceRepository extends Repository<Source, Long> {

	@EntityGraph(attributePaths = "addresses")
	List<Source> findAllWithAddressesBy();

}
