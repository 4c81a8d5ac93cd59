/**
 * Editing content: one set of admin pages (list, create, edit, delete, history, restore) serves every
 * content kind, each described by its {@link org.baclofen.reference.admin.ContentAdmin} bean. Saves are
 * checked against concurrent edits and recorded as audited revisions.
 */
package org.baclofen.reference.admin;
