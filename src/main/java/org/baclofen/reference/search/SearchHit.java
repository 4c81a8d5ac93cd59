package org.baclofen.reference.search;

import java.util.List;
import java.util.Map;

/**
 * A search result ready to render: title and snippet with the query's terms marked, and
 * the menu name of the page that shows it, so two results with the same title can be told
 * apart; its rank says how well its title answers the query (see
 * {@link SearchQuery#titleRank}).
 */
public record SearchHit(ContentKind kind, String link, String pageKey, List<SearchQuery.Segment> title,
		List<SearchQuery.Segment> snippet, int rank) {

	/**
	 * The message key naming each page a result can link to, by the path's first
	 * segments.
	 */
	private static final Map<String, String> PAGE_KEYS = Map.ofEntries(Map.entry("/", "nav.overview"),
			Map.entry("/pharmacology", "nav.pharmacology"), Map.entry("/claims", "nav.claims"),
			Map.entry("/indications", "nav.indications"), Map.entry("/dosing/oral", "nav.oral"),
			Map.entry("/dosing/intrathecal", "nav.intrathecal"), Map.entry("/dosing/renal", "nav.renal"),
			Map.entry("/dosing/discontinuation", "nav.discontinuation"), Map.entry("/safety", "nav.safety"),
			Map.entry("/interactions", "nav.interactions"), Map.entry("/adverse-effects", "nav.adverseEffects"));

	static SearchHit of(CatalogueEntry entry, SearchQuery query) {
		return new SearchHit(entry.kind(), entry.link(), pageKeyOf(entry.link()), query.highlight(entry.title()),
				query.highlight(query.snippet(entry.text())), query.titleRank(entry.title()));
	}

	/**
	 * The page's menu name key; an indication's own page counts as the indications page.
	 */
	static String pageKeyOf(String link) {
		String path = link.split("#", 2)[0];
		if (path.startsWith("/indications/")) {
			path = "/indications";
		}
		String key = PAGE_KEYS.get(path);
		if (key == null) {
			throw new IllegalArgumentException("No menu name for the page " + path);
		}
		return key;
	}

}
