package org.baclofen.reference.changelog;

import java.util.HashMap;
import java.util.Map;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many months each kind of content may go between reviews (table review_interval).
 * Read once: the intervals change only with a migration, and public pages must not query
 * for them.
 */
@Component
class ReviewIntervals {

	private final JdbcClient jdbc;

	ReviewIntervals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Months by content kind; kinds without a row are not in it. */
	@Cacheable(cacheNames = "reviewIntervals", key = "'months by kind'")
	public Map<String, Integer> monthsByKind() {
		Map<String, Integer> months = new HashMap<>();
		this.jdbc.sql("select kind, months from review_interval").query((row) -> {
			months.put(row.getString(1), row.getInt(2));
		});
		return Map.copyOf(months);
	}

}
