package org.baclofen.reference.source;

import java.util.List;
import java.util.Optional;

import org.baclofen.reference.content.ContentRepository;
import org.springframework.data.jpa.repository.EntityGraph;

public interface SourceRepository extends ContentRepository<Source> {

	@EntityGraph(attributePaths = "addresses")
	List<Source> findAllWithAddressesBy();

	List<Source> findAllById(Iterable<Long> ids);

	@EntityGraph(attributePaths = "addresses")
	Optional<Source> findById(Long id);

	boolean existsByCode(String code);

}
