package org.baclofen.reference.source;

import org.baclofen.reference.content.Source;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * What refers to a source besides the content that cites it: the kidney-function,
 * diagnosis and medicine codes the CDS Hooks service reads, and the drug's code-system
 * sources. The database refuses to delete a source any of these still name, so a deletion
 * is refused before it is drafted. {@code ItemDeletionTest} fails when a new reference is
 * not counted here.
 */
interface SourceReferences extends Repository<Source, Long> {

	@Query(nativeQuery = true, value = """
			select (select count(*) from kidney_function_code_source where source_id = :id)
			     + (select count(*) from condition_code_source where source_id = :id)
			     + (select count(*) from medicine_code_source where source_id = :id)
			     + (select count(*) from drug
			        where rxnorm_source_id = :id or atc_source_id = :id or snomed_ct_source_id = :id)
			""")
	long countOutsideCitations(long id);

}
