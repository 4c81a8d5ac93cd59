/**
 * Everything under {@code /admin} for content: the admin pages of every kind, the review
 * queue and screen, drafts, and what a draft of rule data would do to reference plans.
 * Writes enter in two places, by job: {@link org.baclofen.reference.editor.Drafting}
 * turns an editor's change into a draft, and
 * {@link org.baclofen.reference.editor.Publishing} lets a second person publish it (as
 * one audited revision, through {@link org.baclofen.reference.editor.ContentEditing}) or
 * reject it. The public pages and tools read only the published tables, so a pending
 * draft changes nothing a reader sees.
 */
package org.baclofen.reference.editor;
