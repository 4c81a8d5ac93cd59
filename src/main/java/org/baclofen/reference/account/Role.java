package org.baclofen.reference.account;

/**
 * What a signed-in user may do: editors maintain content; admins also manage accounts.
 */
public enum Role {

	EDITOR, ADMIN

}
