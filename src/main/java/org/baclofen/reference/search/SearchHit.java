package org.baclofen.reference.search;

import java.util.List;

/**
 * A search result ready to render: title and snippet with the query's terms marked.
 */
public record SearchHit(ContentKind kind, String link, List<SearchQuery.Segment> title,
		List<SearchQuery.Segment> snippet) {

	static SearchHit of(CatalogueEntry entry, SearchQuery query) {
		return new SearchHit(entry.kind(), entry.link(), query.highlight(entry.title()),
				query.highlight(query.snippet(entry.text())));
	}

}
