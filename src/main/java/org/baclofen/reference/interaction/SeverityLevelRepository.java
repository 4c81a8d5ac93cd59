package org.baclofen.reference.interaction;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface SeverityLevelRepository extends Repository<SeverityLevel, Long> {

	@EntityGraph(attributePaths = "sources")
	List<SeverityLevel> findAllByOrderByScaleAscRankAsc();

}
