/**
 * Editing content: every content kind is described by its
 * {@link org.baclofen.reference.admin.ContentAdmin} bean, and
 * {@link org.baclofen.reference.admin.ContentEditing} applies a bound, validated form to
 * its item, checked against concurrent edits and recorded as an audited revision. The
 * pages that route an editor's change through review live in the {@code review} package,
 * which depends on this one and never the reverse.
 */
package org.baclofen.reference.admin;
