/**
 * The editorial workflow: every change an editor makes through the admin pages becomes a
 * draft, and a second person (a reviewer or an admin who did not draft it) publishes it
 * through {@link org.baclofen.reference.admin.ContentEditing} as one audited revision.
 * The public pages and tools read only the published tables, so a pending draft changes
 * nothing a reader sees.
 */
package org.baclofen.reference.review;
