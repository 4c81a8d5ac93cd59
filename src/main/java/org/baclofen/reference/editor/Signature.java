package org.baclofen.reference.editor;

/**
 * A person acting on a draft: their account (the identity the two-person rule compares,
 * so changing someone's role never makes them a different person) and their username, as
 * shown to editors.
 *
 * @param accountId the account's id; null only for a principal that has no account row
 * @param username the signed-in username
 */
public record Signature(Long accountId, String username) {

	public Signature {
		if (username == null || username.isBlank()) {
			throw new IllegalArgumentException("Who acts on a draft is always known");
		}
	}

	/**
	 * The same account, or, where an account is unknown, the same (unique, never changed)
	 * username.
	 */
	public boolean isSamePersonAs(Signature other) {
		if (this.accountId != null && other.accountId != null && this.accountId.equals(other.accountId)) {
			return true;
		}
		return this.username.equals(other.username);
	}

}
