package org.baclofen.reference.account;

/**
 * What a signed-in user may do: editors draft content changes; reviewers also approve or
 * reject other people's drafts; admins do both and manage accounts. Declared from least
 * to most allowed: a later role is a step up (see AccountAdministration.changeRole).
 */
public enum Role {

	EDITOR, REVIEWER, ADMIN

}
