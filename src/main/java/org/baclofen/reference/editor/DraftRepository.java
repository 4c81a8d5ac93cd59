package org.baclofen.reference.editor;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface DraftRepository extends Repository<Draft, Long> {

	Optional<Draft> findById(Long id);

	Optional<Draft> findByKindAndItemIdAndStatus(String kind, Long itemId, DraftStatus status);

	List<Draft> findByStatusOrderByDraftedAtAsc(DraftStatus status);

	/**
	 * The latest decided draft of an item, to show a rejection to the editor who opens it
	 * next.
	 */
	Optional<Draft> findFirstByKindAndItemIdAndStatusOrderByDecidedAtDesc(String kind, Long itemId, DraftStatus status);

	List<Draft> findTop50ByDraftedByOrderByDraftedAtDesc(String draftedBy);

	long countByStatus(DraftStatus status);

	/**
	 * Written at once, so a race for the item's pending key or the draft's version fails
	 * inside the caller.
	 */
	Draft saveAndFlush(Draft draft);

}
