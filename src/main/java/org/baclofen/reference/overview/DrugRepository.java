package org.baclofen.reference.overview;

import java.util.List;
import java.util.Optional;

import org.baclofen.reference.content.ContentRepository;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;

public interface DrugRepository extends ContentRepository<Drug> {

	@EntityGraph(attributePaths = { "sources", "rxnormSource", "atcSource", "snomedCtSource" })
	Optional<Drug> findByName(String name);

	@EntityGraph(attributePaths = "sources")
	List<Drug> findAllByOrderByNameAsc();

	/**
	 * With everything the admin form shows, since the edit page is rendered outside a
	 * transaction.
	 */
	@EntityGraph(attributePaths = { "sources", "rxnormSource", "atcSource", "snomedCtSource", "brandNames" })
	Optional<Drug> findById(Long id);

	/**
	 * Every drug with its brand names, in one statement: what the medication check knows
	 * as baclofen.
	 */
	@Query("select distinct d from Drug d left join fetch d.brandNames")
	List<Drug> findAllWithBrandNames();

	long count();

}
