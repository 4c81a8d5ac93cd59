package org.baclofen.reference.cache;

import java.time.Instant;

/**
 * Whether a conditional GET can be answered 304 Not Modified (RFC 9110, 13.1):
 * If-None-Match, when sent, decides with a weak comparison of entity tags; otherwise
 * If-Modified-Since (epoch milliseconds, negative when absent or unreadable) is compared
 * with the last-modified second.
 */
final class ConditionalGet {

	private ConditionalGet() {
	}

	static boolean notModified(String ifNoneMatch, long ifModifiedSince, String etag, Instant lastModified) {
		if (ifNoneMatch != null) {
			return matchesAny(ifNoneMatch, etag);
		}
		return ifModifiedSince >= 0 && lastModified.toEpochMilli() <= ifModifiedSince;
	}

	private static boolean matchesAny(String ifNoneMatch, String etag) {
		String wanted = opaque(etag);
		for (String tag : ifNoneMatch.split(",")) {
			if (opaque(tag.strip()).equals(wanted)) {
				return true;
			}
		}
		return false;
	}

	private static String opaque(String tag) {
		return tag.startsWith("W/") ? tag.substring(2) : tag;
	}

}
