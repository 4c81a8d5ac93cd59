/**
 * Site search: one catalogue of every content kind's items (title, text, link), searched
 * with forgiving spelling.
 */
package org.baclofen.reference.search;
