package org.baclofen.reference.dosing;

import java.util.List;
import java.util.Optional;

import org.baclofen.reference.content.ContentRepository;
import org.springframework.data.jpa.repository.EntityGraph;

public interface WeightStartDoseRepository extends ContentRepository<WeightStartDose> {

	@EntityGraph(attributePaths = "sources")
	List<WeightStartDose> findAllByOrderByStartDoseMgAsc();

	@EntityGraph(attributePaths = "sources")
	Optional<WeightStartDose> findById(Long id);

}
