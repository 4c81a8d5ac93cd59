package org.baclofen.reference.interaction;

import java.util.List;
import java.util.Optional;

import org.baclofen.reference.content.ContentRepository;
import org.springframework.data.jpa.repository.EntityGraph;

public interface InteractionRepository extends ContentRepository<Interaction> {

	@EntityGraph(attributePaths = { "sources", "members" })
	List<Interaction> findAllBy();

	/**
	 * With everything the admin form shows, since the edit page is rendered outside a
	 * transaction.
	 */
	@EntityGraph(attributePaths = { "sources", "members", "otherNames", "safetyItems" })
	Optional<Interaction> findById(Long id);

	boolean existsBySlug(String slug);

}
