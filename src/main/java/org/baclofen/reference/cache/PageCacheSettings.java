package org.baclofen.reference.cache;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The rendered-page cache for anonymous public pages.
 *
 * @param enabled whether pages are cached at all (off only to measure without it)
 * @param maxSize the most the cached pages may hold, compressed copies included; the
 * least recently used go first
 */
@ConfigurationProperties("baclofen.page-cache")
public record PageCacheSettings(@DefaultValue("true") boolean enabled, @DefaultValue("32MB") DataSize maxSize) {

	public PageCacheSettings {
		if (maxSize.toBytes() < 1) {
			throw new IllegalArgumentException("baclofen.page-cache.max-size must be positive");
		}
	}

}
