package org.baclofen.reference.dosing;

import java.util.List;
import java.util.Optional;

import org.baclofen.reference.content.ContentRepository;
import org.springframework.data.jpa.repository.EntityGraph;

public interface IntrathecalScreeningDoseRepository extends ContentRepository<IntrathecalScreeningDose> {

	@EntityGraph(attributePaths = "sources")
	List<IntrathecalScreeningDose> findAllByOrderBySequenceAsc();

	@EntityGraph(attributePaths = "sources")
	Optional<IntrathecalScreeningDose> findById(Long id);

	List<IntrathecalScreeningDose> findBySequence(int sequence);

}
