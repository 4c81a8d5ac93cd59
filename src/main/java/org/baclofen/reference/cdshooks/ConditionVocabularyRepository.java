package org.baclofen.reference.cdshooks;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The stored codes and synonyms conditions are recognised by. */
public interface ConditionVocabularyRepository extends Repository<ConditionCode, Long> {

	@Query("select c from ConditionCode c order by c.sortOrder")
	List<ConditionCode> codes();

	@Query("select s from ConditionSynonym s order by s.id")
	List<ConditionSynonym> synonyms();

}
