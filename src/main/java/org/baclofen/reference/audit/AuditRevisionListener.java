package org.baclofen.reference.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stamps each revision with the signed-in user; changes made outside a request (start-up
 * tasks) are recorded as "system". Once the transaction that made the revision ends, the
 * request that made it reads the published revision again.
 */
public class AuditRevisionListener implements RevisionListener {

	static final String SYSTEM = "system";

	@Override
	public void newRevision(Object revision) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getName());
		((AuditRevision) revision).setUsername(signedIn ? authentication.getName() : SYSTEM);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					PublishedRevisions.forgetInThisRequest();
				}
			});
		}
	}

}
