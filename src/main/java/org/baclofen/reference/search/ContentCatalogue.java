package org.baclofen.reference.search;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.baclofen.reference.content.CitedContent;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads every content item, or every citation, across all content tables in a single
 * statement, so search and the sources page cost one query however much content there is.
 * Each row comes with its entity, joined in the same statement, so titles and links are
 * the entity's own description.
 */
@Component
@Transactional(readOnly = true)
public class ContentCatalogue {

	/** Member drug names are searchable as part of their interaction. */
	private static final String INTERACTION_MEMBERS = "select 'INTERACTION' as kind, m.interaction_id as id,"
			+ " m.name as body from interaction_member m";

	private static final String ENTRIES = withEntities("u.kind as kind, u.id as id, u.body as body",
			Arrays.stream(ContentKind.values()).map(ContentKind::selectSql).collect(Collectors.joining(" union all "))
					+ " union all " + INTERACTION_MEMBERS);

	private static final String CITATIONS = withEntities("u.source_id as source_id, u.kind as kind, u.id as id",
			Arrays.stream(ContentKind.values())
				.map(ContentKind::citationSql)
				.collect(Collectors.joining(" union all ")));

	private final EntityManager entityManager;

	private final CatalogueWording wording;

	ContentCatalogue(EntityManager entityManager, CatalogueWording wording) {
		this.entityManager = entityManager;
		this.wording = wording;
	}

	/** Selects the columns of the rows u, each joined to the entity of its kind. */
	private static String withEntities(String columns, String rows) {
		return "select " + columns
				+ Arrays.stream(ContentKind.values())
					.map((kind) -> ", {" + kind.alias() + ".*}")
					.collect(Collectors.joining())
				+ " from (" + rows + ") u"
				+ Arrays.stream(ContentKind.values()).map(ContentKind::entityJoinSql).collect(Collectors.joining());
	}

	/** Every content item once, in content-kind order. */
	public List<CatalogueEntry> entries() {
		Map<String, CatalogueEntry> byKindAndId = new LinkedHashMap<>();
		for (Object[] row : rows(ENTRIES, "kind", "id", "body")) {
			CatalogueEntry entry = entry(row, (String) row[0], (Long) row[1], this.wording.words((String) row[2]));
			byKindAndId.merge(entry.kind() + "/" + entry.id(), entry, (first, more) -> first.withMoreText(more.text()));
		}
		return byKindAndId.values().stream().sorted((left, right) -> left.kind().compareTo(right.kind())).toList();
	}

	/** The items citing each source, keyed by source id, in content-kind order. */
	public Map<Long, List<CatalogueEntry>> citationsBySource() {
		return rows(CITATIONS, "source_id", "kind", "id").stream()
			.map((row) -> Map.entry((Long) row[0], entry(row, (String) row[1], (Long) row[2], "")))
			.sorted((left, right) -> left.getValue().kind().compareTo(right.getValue().kind()))
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/**
	 * The rows of a catalogue query: the named columns (ids as numbers, the rest as
	 * text), then one entity per kind, null unless the row is of that kind.
	 */
	@SuppressWarnings("unchecked")
	private List<Object[]> rows(String sql, String... columns) {
		NativeQuery<Object[]> query = this.entityManager.createNativeQuery(sql).unwrap(NativeQuery.class);
		for (String column : columns) {
			query.addScalar(column, column.endsWith("id") ? StandardBasicTypes.LONG : StandardBasicTypes.STRING);
		}
		for (ContentKind kind : ContentKind.values()) {
			query.addEntity(kind.alias(), kind.entityType());
		}
		return query.getResultList();
	}

	/**
	 * A row's entry, titled and linked by the row's entity (the entities follow the named
	 * columns).
	 */
	private static CatalogueEntry entry(Object[] row, String kindName, long id, String text) {
		ContentKind kind = ContentKind.valueOf(kindName);
		CitedContent item = (CitedContent) row[row.length - ContentKind.values().length + kind.ordinal()];
		return new CatalogueEntry(kind, id, item.displayTitle(), text, item.publicLink());
	}

}
