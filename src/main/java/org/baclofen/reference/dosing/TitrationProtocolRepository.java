package org.baclofen.reference.dosing;

import java.util.List;
import java.util.Optional;

import org.baclofen.reference.content.ContentRepository;
import org.springframework.data.jpa.repository.EntityGraph;

public interface TitrationProtocolRepository extends ContentRepository<TitrationProtocol> {

	@EntityGraph(attributePaths = { "steps", "sources" })
	Optional<TitrationProtocol> findByCode(String code);

	List<TitrationProtocol> findAllByOrderByNameAsc();

	@EntityGraph(attributePaths = { "steps", "sources" })
	Optional<TitrationProtocol> findById(Long id);

	boolean existsByCode(String code);

}
