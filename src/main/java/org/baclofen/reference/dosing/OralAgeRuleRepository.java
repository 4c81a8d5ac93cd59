package org.baclofen.reference.dosing;

import java.util.List;
import java.util.Optional;

import org.baclofen.reference.content.ContentRepository;
import org.springframework.data.jpa.repository.EntityGraph;

public interface OralAgeRuleRepository extends ContentRepository<OralAgeRule> {

	@EntityGraph(attributePaths = "sources")
	List<OralAgeRule> findAllByOrderByMinAgeYearsAsc();

	@EntityGraph(attributePaths = "sources")
	Optional<OralAgeRule> findById(Long id);

}
