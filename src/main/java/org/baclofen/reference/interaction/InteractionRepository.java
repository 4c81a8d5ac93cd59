package org.baclofen.reference.interaction;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface InteractionRepository extends Repository<Interaction, Long> {

	@EntityGraph(attributePaths = { "sources", "members" })
	List<Interaction> findAllBy();

	Interaction save(Interaction interaction);

	/** With everything the admin form shows, since the edit page is rendered outside a transaction. */
	@EntityGraph(attributePaths = { "sources", "members", "otherNames", "safetyItems" })
	java.util.Optional<Interaction> findById(Long id);

	boolean existsBySlug(String slug);

	void delete(Interaction interaction);

}
