package org.baclofen.reference.cache;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.util.unit.DataSize;

/**
 * The rendered public pages, one per address, bounded by the bytes they hold. A page
 * rendered for an older content version is never served: it is replaced the next time its
 * address is rendered. Caffeine's frequency-based admission keeps the pages readers ask
 * for often when a flood of one-off searches arrives.
 */
class PageCache {

	private final Cache<String, CachedPage> pages;

	PageCache(DataSize maxSize) {
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxSize.toBytes())
			.weigher((String key, CachedPage page) -> 2 * key.length() + page.weight())
			.build();
	}

	Optional<CachedPage> get(String key, PageVersion version) {
		CachedPage page = this.pages.getIfPresent(key);
		return (page != null && page.version().equals(version)) ? Optional.of(page) : Optional.empty();
	}

	void put(String key, CachedPage page) {
		this.pages.put(key, page);
	}

}
