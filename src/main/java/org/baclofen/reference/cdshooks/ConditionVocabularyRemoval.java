package org.baclofen.reference.cdshooks;

import jakarta.persistence.EntityManager;
import org.baclofen.reference.screening.ScreeningConditionRemoval;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Removes the codes and names a deleted screening condition was recognised by. They are
 * removed as entities, not by a bulk statement, so the audit log records each one in the
 * revision that deleted the condition and the change can be traced and restored.
 */
@Component
class ConditionVocabularyRemoval {

	private final EntityManager entityManager;

	ConditionVocabularyRemoval(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@EventListener
	void conditionRemoved(ScreeningConditionRemoval removal) {
		this.entityManager
			.createQuery("select c from ConditionCode c where c.condition = :condition", ConditionCode.class)
			.setParameter("condition", removal.condition())
			.getResultList()
			.forEach(this.entityManager::remove);
		this.entityManager
			.createQuery("select s from ConditionSynonym s where s.condition = :condition", ConditionSynonym.class)
			.setParameter("condition", removal.condition())
			.getResultList()
			.forEach(this.entityManager::remove);
		this.entityManager.flush();
	}

}
