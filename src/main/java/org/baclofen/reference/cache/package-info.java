/**
 * The cache of rendered public pages: keyed by page and published revision, answered with
 * ETag and Last-Modified, and dropped when content changes.
 */
package org.baclofen.reference.cache;
