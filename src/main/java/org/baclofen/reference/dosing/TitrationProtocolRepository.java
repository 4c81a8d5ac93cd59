package org.baclofen.reference.dosing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface TitrationProtocolRepository extends Repository<TitrationProtocol, Long> {

	@EntityGraph(attributePaths = { "steps", "sources" })
	Optional<TitrationProtocol> findByCode(String code);

	List<TitrationProtocol> findAllByOrderByNameAsc();

	@EntityGraph(attributePaths = { "steps", "sources" })
	Optional<TitrationProtocol> findById(Long id);

	TitrationProtocol save(TitrationProtocol item);

	void delete(TitrationProtocol item);

	boolean existsByCode(String code);

}
