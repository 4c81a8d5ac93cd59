package org.baclofen.reference.dosing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface IntrathecalScreeningDoseRepository extends Repository<IntrathecalScreeningDose, Long> {

	@EntityGraph(attributePaths = "sources")
	List<IntrathecalScreeningDose> findAllByOrderBySequenceAsc();

	@EntityGraph(attributePaths = "sources")
	Optional<IntrathecalScreeningDose> findById(Long id);

	IntrathecalScreeningDose save(IntrathecalScreeningDose item);

	void delete(IntrathecalScreeningDose item);

	List<IntrathecalScreeningDose> findBySequence(int sequence);

}
