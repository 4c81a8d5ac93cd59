package org.baclofen.reference.source;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface SourceRepository extends Repository<Source, Long> {

	@EntityGraph(attributePaths = "addresses")
	List<Source> findAllWithAddressesBy();

	List<Source> findAllById(Iterable<Long> ids);

	List<Source> findAllByOrderByIdAsc();

	@EntityGraph(attributePaths = "addresses")
	java.util.Optional<Source> findById(Long id);

	boolean existsByCode(String code);

	Source save(Source source);

	void delete(Source source);

}
