package org.baclofen.reference.system;

import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.cache.interceptor.KeyGenerator;
import org.springframework.cache.support.SimpleCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What the application derives from the published content and keeps, in the manner of
 * spring-petclinic's {@code @Cacheable("vets")}: every structure built from stored rules
 * and content (the titration rules, the medication matcher's index, the screening
 * conditions, the CDS Hooks lookups, the FHIR resources and their bytes, the change logs)
 * is a {@code @Cacheable} method, and this is the one place its cache is declared and
 * bounded.
 * <p>
 * Keys carry the published revision ({@link PublishedRevisionKeys}), read once per
 * request from the shared database as the page cache reads it: an edit committed through
 * any instance changes the key on every instance, so the next request builds afresh, and
 * nothing ever needs to be told to forget. A structure built for an older revision is
 * simply never asked for again and makes room when the cache is full. Each cache holds a
 * few revisions' worth (the current one, and one being replaced while requests that read
 * the older revision finish).
 * <p>
 * A caller inside a read-write transaction may see changes nobody has committed (an
 * editor's preview, a test that rolls back): it neither reads nor fills these caches.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching(order = CacheConfiguration.ORDER)
class CacheConfiguration implements CachingConfigurer {

	/**
	 * Around the transaction advice (which has the lowest precedence), so a cached answer
	 * opens no transaction and borrows no connection.
	 */
	static final int ORDER = Ordered.LOWEST_PRECEDENCE - 1;

	/**
	 * Serialised FHIR answers kept at most, in bytes: every resource served several times
	 * over, yet a small part of the heap whatever addresses are asked for.
	 */
	static final long FHIR_RESPONSE_BYTES = 4_000_000;

	/** Every cache and how much it holds. One entry per revision unless noted. */
	static Map<String, Caffeine<Object, Object>> declaredCaches() {
		return Map.of(
				// titration/TitrationRulesSource: protocol, bands, taper rule, products
				"titrationRules", entries(4),
				// screening/ScreeningIndexSource: matcher index, severity scale,
				// conditions
				"screeningIndex", entries(4),
				// cdshooks/CdsContent: baclofen's codes and names, RxNorm codes,
				// condition and kidney-function codes, tablet strengths
				"cdsContent", entries(4),
				// fhir/PublishedContentReader: everything the FHIR API publishes
				"fhirContent", entries(4),
				// fhir/FhirResources: the resources of each served type, and each by id
				"fhirResources", entries(8), "fhirResource", entries(1024),
				// fhir/FhirResponses: serialised answers, one per request shape asked for
				"fhirResponses",
				Caffeine.newBuilder()
					.maximumWeight(FHIR_RESPONSE_BYTES)
					.weigher((Object key, Object json) -> (json instanceof byte[] bytes) ? bytes.length : 1),
				// changelog/ChangeLog: the latest changes (per limit) and each item's log
				"recentChanges", entries(16), "itemChangeLogs", entries(2048),
				// changelog/ReviewIntervals: changed by migrations only (see STATIC)
				"reviewIntervals", entries(1));
	}

	/**
	 * Caches of what only a migration changes: keyed without a revision, and used inside
	 * transactions too.
	 */
	static final Set<String> STATIC = Set.of("reviewIntervals");

	private static Caffeine<Object, Object> entries(int maximum) {
		return Caffeine.newBuilder().maximumSize(maximum);
	}

	private final ObjectProvider<PublishedContentVersion> revisions;

	CacheConfiguration(ObjectProvider<PublishedContentVersion> revisions) {
		this.revisions = revisions;
	}

	@Bean
	CacheManager contentCaches() {
		SimpleCacheManager manager = new SimpleCacheManager();
		manager.setCaches(declaredCaches().entrySet().stream().map((declared) -> {
			Cache cache = new CaffeineCache(declared.getKey(), declared.getValue().build(), true);
			return STATIC.contains(declared.getKey()) ? cache : new CommittedContentCache(cache);
		}).toList());
		return manager;
	}

	/** The default for every {@code @Cacheable} without a key of its own. */
	@Override
	public KeyGenerator keyGenerator() {
		return new PublishedRevisionKeys(this.revisions);
	}

}
