package org.baclofen.reference.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps each revision with the signed-in user; changes made outside a request (start-up
 * tasks) are recorded as "system".
 */
public class AuditRevisionListener implements RevisionListener {

	static final String SYSTEM = "system";

	@Override
	public void newRevision(Object revision) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getName());
		((AuditRevision) revision).setUsername(signedIn ? authentication.getName() : SYSTEM);
	}

}
