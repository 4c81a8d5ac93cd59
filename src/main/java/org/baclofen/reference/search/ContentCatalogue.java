package org.baclofen.reference.search;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads every content item, or every citation, across all content tables in a single statement, so
 * search and the sources page cost one query however much content there is.
 */
@Component
public class ContentCatalogue {

	/** Member drug names are searchable as part of their interaction. */
	private static final String INTERACTION_MEMBERS = "select 'INTERACTION' as kind, t.id as id, t.slug as ref,"
			+ " t.interactant as title, m.name as body from interaction_member m"
			+ " join interaction t on t.id = m.interaction_id";

	private static final String ENTRIES = Arrays.stream(ContentKind.values())
		.map(ContentKind::selectSql)
		.collect(Collectors.joining(" union all ")) + " union all " + INTERACTION_MEMBERS;

	private static final String CITATIONS = Arrays.stream(ContentKind.values())
		.map(ContentKind::citationSql)
		.collect(Collectors.joining(" union all "));

	private final JdbcClient jdbc;

	private final CatalogueWording wording;

	ContentCatalogue(JdbcClient jdbc, CatalogueWording wording) {
		this.jdbc = jdbc;
		this.wording = wording;
	}

	/** Every content item once, in content-kind order. */
	public List<CatalogueEntry> entries() {
		Map<String, CatalogueEntry> byKindAndId = new LinkedHashMap<>();
		this.jdbc.sql(ENTRIES).query((row, number) -> {
			ContentKind kind = ContentKind.valueOf(row.getString("kind"));
			return new CatalogueEntry(kind, row.getLong("id"), this.wording.words(row.getString("title")),
					this.wording.words(row.getString("body")), kind.link(row.getString("ref")));
		}).list().forEach((entry) -> byKindAndId.merge(entry.kind() + "/" + entry.id(), entry,
				(first, more) -> first.withMoreText(more.text())));
		return byKindAndId.values()
			.stream()
			.sorted((left, right) -> left.kind().compareTo(right.kind()))
			.toList();
	}

	/** The items citing each source, keyed by source id, in content-kind order. */
	public Map<Long, List<CatalogueEntry>> citationsBySource() {
		return this.jdbc.sql(CITATIONS)
			.query((row, number) -> {
				ContentKind kind = ContentKind.valueOf(row.getString("kind"));
				return Map.entry(row.getLong("source_id"), new CatalogueEntry(kind, row.getLong("id"),
						this.wording.words(row.getString("title")), "", kind.link(row.getString("ref"))));
			})
			.list()
			.stream()
			.sorted((left, right) -> left.getValue().kind().compareTo(right.getValue().kind()))
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

}
