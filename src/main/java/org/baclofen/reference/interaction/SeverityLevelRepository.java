package org.baclofen.reference.interaction;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface SeverityLevelRepository extends Repository<SeverityLevel, Long> {

	@EntityGraph(attributePaths = "sources")
	List<SeverityLevel> findAllByOrderByScaleAscRankAsc();

	@EntityGraph(attributePaths = "sources")
	List<SeverityLevel> findByScaleOrderByRankAsc(String scale);

	@EntityGraph(attributePaths = "sources")
	Optional<SeverityLevel> findById(Long id);

	Optional<SeverityLevel> findByScaleAndCode(String scale, String code);

	SeverityLevel save(SeverityLevel level);

	void delete(SeverityLevel level);

	/** How many interactions are rated with the severity. */
	@Query("select count(i) from Interaction i where i.severity = :severity")
	long countInteractionsWithSeverity(Severity severity);

}
