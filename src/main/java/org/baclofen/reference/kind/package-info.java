/**
 * The content kinds as the editor sees them: each kind of content is described by one
 * {@link org.baclofen.reference.kind.ContentAdmin} bean in its own feature package (how
 * to find, show, build, change and delete an item, and the rules of its form), listed by
 * {@link org.baclofen.reference.kind.ContentAdmins}. This is the interface every kind
 * implements; it never depends on the editor that uses it.
 */
package org.baclofen.reference.kind;
