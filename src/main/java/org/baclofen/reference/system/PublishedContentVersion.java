package org.baclofen.reference.system;

/**
 * Where the published content stands, as every instance reads it from the shared
 * database: what the caches of derived structures are keyed by
 * ({@link CacheConfiguration}). The audit package provides it from the revision table.
 */
@FunctionalInterface
public interface PublishedContentVersion {

	/**
	 * The version the current request sees; equal versions mean the same published
	 * content.
	 */
	Object current();

}
