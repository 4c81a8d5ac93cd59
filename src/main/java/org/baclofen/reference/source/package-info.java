/**
 * Sources as readers and editors see them: the /sources page with what cites each source,
 * and the source admin. The {@link org.baclofen.reference.content.Source} entity itself
 * is content.
 */
package org.baclofen.reference.source;
