package org.baclofen.reference.changelog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManager;
import org.baclofen.reference.audit.AuditRevision;
import org.baclofen.reference.audit.PublishedRevision;
import org.baclofen.reference.audit.PublishedRevisions;
import org.baclofen.reference.changelog.PublishedChange.CitedSource;
import org.baclofen.reference.changelog.PublishedChange.FieldChange;
import org.baclofen.reference.changelog.PublishedChange.Type;
import org.baclofen.reference.content.CitedContent;
import org.baclofen.reference.content.EditableContent;
import org.baclofen.reference.kind.ContentAdmin;
import org.baclofen.reference.kind.ContentAdmins;
import org.baclofen.reference.kind.ContentForm;
import org.baclofen.reference.kind.FormSnapshot;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public change log, read from the audit history: every revision of a content item is
 * a change that was published, so readers see the same history editors do, minus who made
 * it and editor-only fields.
 */
@Service
class ChangeLog {

	/** An item's page lists at most this many changes, newest first. */
	static final int ITEM_LIMIT = 100;

	private final EntityManager entityManager;

	private final ContentAdmins admins;

	private final MessageSource messages;

	private final PublishedRevisions revisions;

	/**
	 * What was read at the current published revision; any new revision starts a new one.
	 */
	private volatile Memo memo;

	ChangeLog(EntityManager entityManager, ContentAdmins admins, MessageSource messages, PublishedRevisions revisions) {
		this.entityManager = entityManager;
		this.admins = admins;
		this.messages = messages;
		this.revisions = revisions;
	}

	/**
	 * Change logs read many audit rows, and change only when a revision is published:
	 * they are read once per published revision, so a request the page cache cannot serve
	 * (a query string, a signed-in reader) costs the one revision query, not the whole
	 * history again. Holds at most one log per existing item.
	 */
	private record Memo(PublishedRevision revision, Map<Integer, List<PublishedChange>> recent,
			Map<String, Optional<ItemLog>> items) {
	}

	private Memo memo() {
		PublishedRevision current = this.revisions.current();
		Memo memo = this.memo;
		if (memo == null || !memo.revision().equals(current)) {
			memo = new Memo(current, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
			this.memo = memo;
		}
		return memo;
	}

	/**
	 * The item's published changes, newest first; empty when there is no such item now.
	 */
	@Transactional(readOnly = true)
	public Optional<ItemLog> ofItem(ContentAdmin<?, ?> admin, long id) {
		return memo().items().computeIfAbsent(admin.path() + "/" + id, (key) -> readItem(admin, id));
	}

	private <E extends EditableContent> Optional<ItemLog> readItem(ContentAdmin<E, ?> admin, long id) {
		Optional<E> item = admin.findById(id);
		if (item.isEmpty()) {
			return Optional.empty();
		}
		@SuppressWarnings("unchecked")
		List<Object[]> rows = auditReader().createQuery()
			.forRevisionsOfEntity(admin.entityType(), false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		List<PublishedChange> changes = new ArrayList<>();
		E previous = null;
		for (Object[] row : rows) {
			@SuppressWarnings("unchecked")
			E snapshot = (E) row[0];
			changes.add(change(admin, snapshot, (AuditRevision) row[1], (RevisionType) row[2], previous));
			previous = snapshot;
		}
		Collections.reverse(changes);
		return Optional.of(new ItemLog(admin.titleOf(item.get()), admin.publicLink(item.get()),
				List.copyOf(changes.subList(0, Math.min(ITEM_LIMIT, changes.size())))));
	}

	/** An item's name, where it is shown, and its changes. */
	record ItemLog(String title, String publicLink, List<PublishedChange> changes) {
	}

	/** The latest published changes to any item, newest first, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<PublishedChange> recent(int limit) {
		return memo().recent().computeIfAbsent(limit, this::readRecent);
	}

	private List<PublishedChange> readRecent(int limit) {
		List<PublishedChange> changes = new ArrayList<>();
		for (AuditRevision revision : latestRevisions(limit)) {
			changes.addAll(changesIn(revision));
			if (changes.size() >= limit) {
				return List.copyOf(changes.subList(0, limit));
			}
		}
		return List.copyOf(changes);
	}

	/**
	 * One audited revision as editors see it: when, by whom, and the changes it
	 * published. A migration's (the content loaded at the start, and each correction
	 * since) lists none: it changed content in bulk, and each item's history shows it.
	 */
	/**
	 * @param approverAppointedByDrafter approved by an account its drafter created or
	 * elevated
	 */
	record Revision(long id, Instant at, String username, List<PublishedChange> changes,
			boolean approverAppointedByDrafter) {

		public boolean byMigration() {
			return AuditRevision.MIGRATION_USER.equals(this.username);
		}

	}

	/**
	 * The latest revisions, newest first, for the editors' list of recent changes: the
	 * same changes readers see, with who made them.
	 */
	@Transactional(readOnly = true)
	List<Revision> recentRevisions(int count) {
		return latestRevisions(count).stream()
			.map((revision) -> new Revision(revision.getId(), revision.getChangedAt(), revision.getUsername(),
					AuditRevision.MIGRATION_USER.equals(revision.getUsername()) ? List.of() : changesIn(revision),
					revision.isApproverAppointedByDrafter()))
			.toList();
	}

	private List<AuditRevision> latestRevisions(int count) {
		return this.entityManager.createQuery("select r from AuditRevision r order by r.id desc", AuditRevision.class)
			.setMaxResults(count)
			.getResultList();
	}

	/** The published changes a revision made, by kind and title. */
	private List<PublishedChange> changesIn(AuditRevision revision) {
		List<PublishedChange> changes = new ArrayList<>();
		for (String entityName : revision.getEntityNames()) {
			ContentAdmin<?, ?> admin = this.admins.forEntityName(entityName);
			if (admin != null) {
				addChanges(changes, admin, revision);
			}
		}
		changes.sort(Comparator.comparing(PublishedChange::kind).thenComparing(PublishedChange::title));
		return changes;
	}

	private <E extends EditableContent> void addChanges(List<PublishedChange> changes, ContentAdmin<E, ?> admin,
			AuditRevision revision) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = auditReader().createQuery()
			.forRevisionsOfEntity(admin.entityType(), false, true)
			.add(AuditEntity.revisionNumber().eq(revision.getId()))
			.getResultList();
		for (Object[] row : rows) {
			@SuppressWarnings("unchecked")
			E snapshot = (E) row[0];
			changes.add(change(admin, snapshot, revision, (RevisionType) row[2],
					previous(admin, snapshot.getId(), revision.getId())));
		}
	}

	/**
	 * The item as it was just before the given revision, or null when the revision
	 * created it.
	 */
	private <E extends EditableContent> E previous(ContentAdmin<E, ?> admin, long id, long revision) {
		@SuppressWarnings("unchecked")
		List<E> earlier = auditReader().createQuery()
			.forRevisionsOfEntity(admin.entityType(), true, true)
			.add(AuditEntity.id().eq(id))
			.add(AuditEntity.revisionNumber().lt(revision))
			.addOrder(AuditEntity.revisionNumber().desc())
			.setMaxResults(1)
			.getResultList();
		return earlier.isEmpty() ? null : earlier.get(0);
	}

	private <E extends EditableContent, F extends ContentForm> PublishedChange change(ContentAdmin<E, F> admin,
			E snapshot, AuditRevision revision, RevisionType revisionType, E previous) {
		Type type = (revisionType == RevisionType.DEL) ? Type.REMOVED
				: (previous == null || revisionType == RevisionType.ADD) ? Type.ADDED : Type.CHANGED;
		List<FieldChange> fieldChanges = new ArrayList<>();
		LocalDate reviewedOn = null;
		if (type == Type.CHANGED) {
			Map<String, String> before = FormSnapshot.publicFields(admin.formOf(previous), this.messages);
			Map<String, String> after = FormSnapshot.publicFields(admin.formOf(snapshot), this.messages);
			FormSnapshot.diff(before, after)
				.forEach(
						(change) -> fieldChanges.add(new FieldChange(change.field(), change.before(), change.after())));
			String sourcesBefore = codes(cited(previous));
			String sourcesAfter = codes(cited(snapshot));
			if (!sourcesBefore.equals(sourcesAfter)) {
				fieldChanges.add(new FieldChange(this.messages.getMessage("changes.sourcesCited", null, Locale.ENGLISH),
						sourcesBefore, sourcesAfter));
			}
			if (!Objects.equals(previous.getLastReviewed(), snapshot.getLastReviewed())) {
				reviewedOn = snapshot.getLastReviewed();
			}
		}
		else if (type == Type.ADDED) {
			reviewedOn = snapshot.getLastReviewed();
		}
		return new PublishedChange(revision.getId(), revision.getChangedAt(), admin.path(), snapshot.getId(),
				admin.titleOf(snapshot), type, List.copyOf(fieldChanges), reviewedOn,
				(type == Type.REMOVED) ? List.of() : cited(snapshot));
	}

	private static List<CitedSource> cited(EditableContent snapshot) {
		if (!(snapshot instanceof CitedContent content)) {
			return List.of();
		}
		return content.getSources()
			.stream()
			.map((source) -> new CitedSource(source.getCode(), source.getTitle(), source.publicLink()))
			.toList();
	}

	private static String codes(List<CitedSource> sources) {
		return String.join(", ", sources.stream().map(CitedSource::code).toList());
	}

	private AuditReader auditReader() {
		return AuditReaderFactory.get(this.entityManager);
	}

}
