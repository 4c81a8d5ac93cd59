package org.baclofen.reference.editor;

import org.baclofen.reference.account.Account;
import org.baclofen.reference.account.AccountRepository;
import org.springframework.stereotype.Component;

/**
 * The person behind a username: their account, which no role change alters. Drafting,
 * deciding and the pages that tell a drafter from a reviewer all compare people this way.
 */
@Component
class Signatures {

	private final AccountRepository accounts;

	Signatures(AccountRepository accounts) {
		this.accounts = accounts;
	}

	/**
	 * Whether the approver's account was created or elevated by the drafter, so the
	 * approval may not be a second person's.
	 */
	boolean appointedBy(String approver, String drafter) {
		return this.accounts.findByUsername(approver).map((account) -> account.isAppointedBy(drafter)).orElse(false);
	}

	Signature of(String username) {
		return new Signature(this.accounts.findByUsername(username).map(Account::getId).orElse(null), username);
	}

}
