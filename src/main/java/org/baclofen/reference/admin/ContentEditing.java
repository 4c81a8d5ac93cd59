package org.baclofen.reference.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.baclofen.reference.audit.AuditRevision;
import org.baclofen.reference.content.CitedContent;
import org.baclofen.reference.content.EditableContent;
import org.baclofen.reference.source.Source;
import org.baclofen.reference.source.SourceRepository;
import org.baclofen.reference.system.NotFoundException;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * Saves, deletes and restores content for the admin pages. A save that started from an older version than
 * the stored one is never applied: it comes back as a conflict with what the other editor saved. Every
 * change becomes an audited revision; only a save marked as a review stamps the review date and reviewer.
 */
@Service
public class ContentEditing {

	/** The user the migrations' baseline revision is recorded under. */
	static final String MIGRATION_USER = "migration";

	private static final HibernateJpaDialect JPA_DIALECT = new HibernateJpaDialect();

	private final SourceRepository sources;

	private final EntityManager entityManager;

	private final ContentAdmins admins;

	private final Clock clock;

	private final MessageSource messages;

	ContentEditing(SourceRepository sources, EntityManager entityManager, ContentAdmins admins, Clock clock,
			MessageSource messages) {
		this.sources = sources;
		this.entityManager = entityManager;
		this.admins = admins;
		this.clock = clock;
		this.messages = messages;
	}

	/** Who changed an item last, and when. */
	public record LastChange(String username, Instant at) {
	}

	/** A save that was not applied because someone else saved first: their values, and who and when. */
	public record Conflict(Map<String, String> theirs, List<FormSnapshot.FieldChange> differences,
			LastChange lastChange, int currentVersion) {
	}

	public record HistoryEntry(long revision, Instant at, String username, RevisionType type,
			List<FormSnapshot.FieldChange> changes) {
	}

	public record RecentChange(long revision, Instant at, String username, String kind, String title, Long id,
			RevisionType type) {
	}

	@Transactional
	public <E extends EditableContent, F extends ContentForm> long create(ContentAdmin<E, F> admin, F form,
			String username) {
		LocalDate today = LocalDate.now(this.clock);
		E entity = admin.create(form, today);
		cite(entity, form);
		entity.markReviewed(today, username);
		long id = admin.save(entity).getId();
		flush();
		return id;
	}

	/**
	 * Applies the form unless the item changed since the editor opened it.
	 *
	 * @return the conflict, or null when saved
	 */
	@Transactional
	public <E extends EditableContent, F extends ContentForm> Conflict update(ContentAdmin<E, F> admin, long id, F form,
			String username) {
		E entity = admin.require(id);
		if (form.getVersion() == null || form.getVersion() != entity.getVersion()) {
			return conflictWith(admin, entity, form);
		}
		admin.apply(form, entity);
		cite(entity, form);
		if (form.isReviewed()) {
			entity.markReviewed(LocalDate.now(this.clock), username);
		}
		admin.save(entity);
		flush();
		return null;
	}

	/** The conflict as it stands now, for a save that lost a race at commit time. */
	@Transactional(readOnly = true)
	public <E extends EditableContent, F extends ContentForm> Conflict conflict(ContentAdmin<E, F> admin, long id, F form) {
		return conflictWith(admin, admin.require(id), form);
	}

	@Transactional
	public <E extends EditableContent, F extends ContentForm> void delete(ContentAdmin<E, F> admin, long id) {
		E entity = admin.require(id);
		admin.deletionBlocker(entity).ifPresent((reason) -> {
			throw new IllegalStateException(this.messages.getMessage(reason, Locale.ENGLISH));
		});
		admin.delete(entity);
		// A row outside the content catalogue may still point at this one (e.g. a coded value citing a
		// source): the database refuses, and the flush surfaces that here, where the page can explain it.
		flush();
	}

	/**
	 * Makes an earlier revision's values current again, as a new revision; history is never rewritten.
	 * Returns the reasons it could not, if the old values are no longer valid (e.g. a slug now taken).
	 *
	 * @param seenVersion the item's version when the editor chose to restore: if it has changed since, the
	 * restore would silently undo a change the editor has not seen, so it is refused as a conflict
	 * @throws ConcurrencyFailureException when the item changed since the editor saw it
	 */
	@Transactional
	public <E extends EditableContent, F extends ContentForm> List<String> restore(ContentAdmin<E, F> admin, long id,
			long revision, int seenVersion) {
		E current = admin.require(id);
		if (current.getVersion() != seenVersion) {
			throw new ObjectOptimisticLockingFailureException(admin.entityType(), id);
		}
		E snapshot = snapshotAt(admin, id, revision);
		F form = admin.formOf(snapshot);
		BindingResult errors = new org.springframework.validation.BeanPropertyBindingResult(form, "form");
		admin.validate(form, current, errors);
		if (errors.hasErrors()) {
			return errors.getAllErrors().stream().map((error) -> this.messages.getMessage(error, Locale.ENGLISH)).toList();
		}
		admin.apply(form, current);
		cite(current, form);
		// The restored values were last checked against their sources when that revision was, not later.
		current.carryReviewOf(snapshot);
		admin.save(current);
		flush();
		return List.of();
	}

	/** An earlier revision's values as a form, e.g. for a restore that waits for review. */
	@Transactional(readOnly = true)
	public <E extends EditableContent, F extends ContentForm> F formAtRevision(ContentAdmin<E, F> admin, long id,
			long revision) {
		return admin.formOf(snapshotAt(admin, id, revision));
	}

	/** A form's fields as readable text, the way history and conflicts show them. */
	@Transactional(readOnly = true)
	public Map<String, String> snapshot(ContentAdmin<?, ?> admin, ContentForm form) {
		return FormSnapshot.of(form, sourceCodes());
	}

	private <E extends EditableContent> E snapshotAt(ContentAdmin<E, ?> admin, long id, long revision) {
		E snapshot = auditReader().find(admin.entityType(), id, revision);
		if (snapshot == null) {
			throw new NotFoundException("Revision " + revision + " of " + admin.path() + " " + id);
		}
		return snapshot;
	}

	/** Every revision of the item, newest first, each with its field-by-field changes. */
	@Transactional(readOnly = true)
	public <E extends EditableContent, F extends ContentForm> List<HistoryEntry> history(ContentAdmin<E, F> admin, long id) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = auditReader().createQuery()
			.forRevisionsOfEntity(admin.entityType(), false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		Function<Long, String> codes = sourceCodes();
		List<HistoryEntry> history = new ArrayList<>();
		Map<String, String> previous = Map.of();
		for (Object[] row : rows) {
			@SuppressWarnings("unchecked")
			E snapshot = (E) row[0];
			AuditRevision revision = (AuditRevision) row[1];
			RevisionType type = (RevisionType) row[2];
			Map<String, String> now = (type == RevisionType.DEL) ? Map.of()
					: FormSnapshot.of(admin.formOf(snapshot), codes);
			history.add(new HistoryEntry(revision.getId(), revision.getChangedAt(), revision.getUsername(), type,
					FormSnapshot.diff(previous, now)));
			previous = now;
		}
		Collections.reverse(history);
		return history;
	}

	/** The latest changes across all content, newest first; the migrations' baseline is one line. */
	@Transactional(readOnly = true)
	public List<RecentChange> recentChanges(int revisions) {
		List<AuditRevision> latest = this.entityManager
			.createQuery("select r from AuditRevision r order by r.id desc", AuditRevision.class)
			.setMaxResults(revisions)
			.getResultList();
		List<RecentChange> changes = new ArrayList<>();
		for (AuditRevision revision : latest) {
			if (MIGRATION_USER.equals(revision.getUsername())) {
				changes.add(new RecentChange(revision.getId(), revision.getChangedAt(), revision.getUsername(), null,
						null, null, RevisionType.ADD));
				continue;
			}
			for (String entityName : revision.getEntityNames()) {
				ContentAdmin<?, ?> admin = this.admins.forEntityName(entityName);
				if (admin != null) {
					addChanges(changes, admin, revision);
				}
			}
		}
		return changes;
	}

	private <E extends EditableContent> void addChanges(List<RecentChange> changes, ContentAdmin<E, ?> admin,
			AuditRevision revision) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = auditReader().createQuery()
			.forRevisionsOfEntity(admin.entityType(), false, true)
			.add(AuditEntity.revisionNumber().eq(revision.getId()))
			.getResultList();
		for (Object[] row : rows) {
			@SuppressWarnings("unchecked")
			E snapshot = (E) row[0];
			changes.add(new RecentChange(revision.getId(), revision.getChangedAt(), revision.getUsername(), admin.path(),
					admin.titleOf(snapshot), snapshot.getId(), (RevisionType) row[2]));
		}
	}

	/** The latest revision's author and time, or null for an item never edited since the migrations. */
	@Transactional(readOnly = true)
	public LastChange lastChange(ContentAdmin<?, ?> admin, long id) {
		Number latest = (Number) auditReader().createQuery()
			.forRevisionsOfEntity(admin.entityType(), false, true)
			.addProjection(AuditEntity.revisionNumber().max())
			.add(AuditEntity.id().eq(id))
			.getSingleResult();
		if (latest == null) {
			return null;
		}
		AuditRevision revision = this.entityManager.find(AuditRevision.class, latest.longValue());
		return new LastChange(revision.getUsername(), revision.getChangedAt());
	}

	private <E extends EditableContent, F extends ContentForm> Conflict conflictWith(ContentAdmin<E, F> admin, E entity,
			F mine) {
		Function<Long, String> codes = sourceCodes();
		Map<String, String> theirs = FormSnapshot.of(admin.formOf(entity), codes);
		List<FormSnapshot.FieldChange> differences = FormSnapshot.diff(theirs, FormSnapshot.of(mine, codes));
		return new Conflict(theirs, differences, lastChange(admin, entity.getId()), entity.getVersion());
	}

	/** Content that states facts cites the form's sources; sources themselves cite nothing. */
	private void cite(EditableContent entity, ContentForm form) {
		if (entity instanceof CitedContent content && form instanceof CitedContentForm cited) {
			List<Source> sources = this.sources.findAllById(cited.getSourceIds());
			content.citeOnly(sources);
		}
	}

	private Function<Long, String> sourceCodes() {
		Map<Long, String> codes = new HashMap<>();
		this.sources.findAllWithAddressesBy().forEach((source) -> codes.put(source.getId(), source.getCode()));
		return (id) -> codes.getOrDefault(id, "#" + id);
	}

	/**
	 * Writes pending changes now, so a concurrent save or a taken unique key surfaces here as Spring's
	 * {@link ConcurrencyFailureException} or {@link org.springframework.dao.DataIntegrityViolationException},
	 * which the admin pages answer with a conflict or a field error; this service is no repository, so nothing
	 * else translates JPA's exceptions from a flush.
	 */
	private void flush() {
		try {
			this.entityManager.flush();
		}
		catch (PersistenceException ex) {
			DataAccessException translated = JPA_DIALECT.translateExceptionIfPossible(ex);
			throw (translated != null) ? translated : ex;
		}
	}

	private AuditReader auditReader() {
		return AuditReaderFactory.get(this.entityManager);
	}

}
