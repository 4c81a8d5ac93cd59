package org.baclofen.reference.account;

/**
 * What a signed-in user may do: editors draft content changes; reviewers also approve or
 * reject other people's drafts; admins do both and manage accounts.
 */
public enum Role {

	EDITOR, REVIEWER, ADMIN

}
