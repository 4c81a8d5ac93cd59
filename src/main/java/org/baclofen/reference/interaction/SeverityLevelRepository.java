package org.baclofen.reference.interaction;

import java.util.List;
import java.util.Optional;

import org.baclofen.reference.content.ContentRepository;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;

public interface SeverityLevelRepository extends ContentRepository<SeverityLevel> {

	@EntityGraph(attributePaths = "sources")
	List<SeverityLevel> findAllByOrderByScaleAscRankAsc();

	@EntityGraph(attributePaths = "sources")
	List<SeverityLevel> findByScaleOrderByRankAsc(String scale);

	@EntityGraph(attributePaths = "sources")
	Optional<SeverityLevel> findById(Long id);

	Optional<SeverityLevel> findByScaleAndCode(String scale, String code);

	/** How many interactions are rated with the severity. */
	@Query("select count(i) from Interaction i where i.severity = :severity")
	long countInteractionsWithSeverity(Severity severity);

}
