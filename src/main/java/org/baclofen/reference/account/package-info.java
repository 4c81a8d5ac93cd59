/**
 * Editor and administrator accounts: sign-in with throttling, the first administrator,
 * own password changes and one-time passwords, and the administrators' account pages.
 * Stores no patient data.
 */
package org.baclofen.reference.account;
