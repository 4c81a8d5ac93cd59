package org.baclofen.reference.editor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.baclofen.reference.audit.AuditRevision;
import org.baclofen.reference.content.CitedContent;
import org.baclofen.reference.content.EditableContent;
import org.baclofen.reference.content.Source;
import org.baclofen.reference.content.SourceRepository;
import org.baclofen.reference.kind.CitedContentForm;
import org.baclofen.reference.kind.ContentAdmin;
import org.baclofen.reference.kind.ContentForm;
import org.baclofen.reference.kind.FormSnapshot;
import org.baclofen.reference.system.NotFoundException;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;

/**
 * Saves, deletes and restores content for the admin pages. A save that started from an
 * older version than the stored one is never applied: it comes back as a conflict with
 * what the other editor saved. Every change becomes an audited revision; only a save
 * marked as a review stamps the review date and reviewer.
 */
@Service
public class ContentEditing {

	private static final HibernateJpaDialect JPA_DIALECT = new HibernateJpaDialect();

	private final SourceRepository sources;

	private final EntityManager entityManager;

	private final Clock clock;

	private final MessageSource messages;

	ContentEditing(SourceRepository sources, EntityManager entityManager, Clock clock, MessageSource messages) {
		this.sources = sources;
		this.entityManager = entityManager;
		this.clock = clock;
		this.messages = messages;
	}

	/** Who changed an item last, and when. */
	public record LastChange(String username, Instant at) {
	}

	/**
	 * A save that was not applied because someone else saved first: their values, and who
	 * and when.
	 */
	public record Conflict(Map<String, String> theirs, List<FormSnapshot.FieldChange> differences,
			LastChange lastChange, int currentVersion) {
	}

	/**
	 * One revision of an item. A revision published from a draft names its drafter (its
	 * user approved it), and one published by an admin without a second review keeps the
	 * reason. An approval by an account the drafter created or elevated is marked.
	 */
	public record HistoryEntry(long revision, Instant at, String username, RevisionType type,
			List<FormSnapshot.FieldChange> changes, String draftedBy, String unreviewedReason,
			boolean approverAppointedByDrafter) {

		public boolean publishedWithoutReview() {
			return this.unreviewedReason != null;
		}

	}

	/**
	 * Creates an item from a bound form, unless a rule of its kind refuses it (a slug
	 * already taken, a source deleted meanwhile): then the errors say why and nothing is
	 * saved. A new item is always a review.
	 * @return the new item's id, or empty when the errors refused the form
	 */
	@Transactional
	<E extends EditableContent, F extends ContentForm> Optional<Long> create(ContentAdmin<E, F> admin, F form,
			Errors errors, String username) {
		if (!form.isReviewed()) {
			errors.rejectValue("reviewed", "admin.reviewed.requiredOnCreate");
		}
		List<Source> cited = citedSources(form, errors);
		admin.validate(form, null, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.now(this.clock);
		E entity = admin.create(form, today);
		cite(entity, cited);
		entity.markReviewed(today, username);
		long id = admin.save(entity).getId();
		flush();
		return Optional.of(id);
	}

	/**
	 * Applies a bound form to the item in one transaction: the item and the cited sources
	 * are read once, the rules of its kind checked against them, and the form applied
	 * only if the item has not changed since the editor opened it. When the errors refuse
	 * the form, nothing is saved and the result is empty.
	 * @return the conflict with what someone else saved meanwhile, or empty when saved or
	 * refused
	 */
	@Transactional
	<E extends EditableContent, F extends ContentForm> Optional<Conflict> update(ContentAdmin<E, F> admin, long id,
			F form, Errors errors, String username) {
		E entity = admin.require(id);
		List<Source> cited = citedSources(form, errors);
		admin.validate(form, entity, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		if (form.getVersion() == null || form.getVersion() != entity.getVersion()) {
			return Optional.of(conflictWith(admin, entity, form));
		}
		admin.apply(form, entity);
		cite(entity, cited);
		if (form.isReviewed()) {
			entity.markReviewed(LocalDate.now(this.clock), username);
		}
		admin.save(entity);
		flush();
		return Optional.empty();
	}

	/** The conflict as it stands now, for a save that lost a race at commit time. */
	@Transactional(readOnly = true)
	<E extends EditableContent, F extends ContentForm> Conflict conflict(ContentAdmin<E, F> admin, long id, F form) {
		return conflictWith(admin, admin.require(id), form);
	}

	/**
	 * Deletes the item unless its kind refuses (something still needs it).
	 * @return the deleted item, for naming it to the editor
	 * @throws DeleteRefusedException with the reason, when the item must stay
	 */
	@Transactional
	<E extends EditableContent, F extends ContentForm> E delete(ContentAdmin<E, F> admin, long id) {
		E entity = admin.require(id);
		Optional<MessageSourceResolvable> blocker = admin.deletionBlocker(entity);
		if (blocker.isPresent()) {
			throw new DeleteRefusedException(blocker.get());
		}
		admin.delete(entity);
		try {
			// A row outside the content catalogue may still point at this one (e.g. a
			// coded value citing a
			// source): the database refuses, and the flush surfaces that here, where the
			// page can explain it.
			flush();
		}
		catch (DataIntegrityViolationException stillReferenced) {
			throw new DeleteRefusedException(new DefaultMessageSourceResolvable("admin.delete.stillReferenced"));
		}
		return entity;
	}

	/**
	 * Makes an earlier revision's values current again, as a new revision; history is
	 * never rewritten. Returns the reasons it could not, if the old values are no longer
	 * valid (e.g. a slug now taken).
	 * @param seenVersion the item's version when the editor chose to restore: if it has
	 * changed since, the restore would silently undo a change the editor has not seen, so
	 * it is refused as a conflict
	 * @throws ConcurrencyFailureException when the item changed since the editor saw it
	 */
	@Transactional
	<E extends EditableContent, F extends ContentForm> List<String> restore(ContentAdmin<E, F> admin, long id,
			long revision, int seenVersion) {
		E current = admin.require(id);
		if (current.getVersion() != seenVersion) {
			throw new ObjectOptimisticLockingFailureException(admin.entityType(), id);
		}
		E snapshot = snapshotAt(admin, id, revision);
		F form = admin.formOf(snapshot);
		BindingResult errors = new BeanPropertyBindingResult(form, "form");
		List<Source> cited = citedSources(form, errors);
		admin.validate(form, current, errors);
		if (errors.hasErrors()) {
			return errors.getAllErrors()
				.stream()
				.map((error) -> this.messages.getMessage(error, Locale.ENGLISH))
				.toList();
		}
		admin.apply(form, current);
		cite(current, cited);
		// The restored values were last checked against their sources when that revision
		// was, not later.
		current.carryReviewOf(snapshot);
		admin.save(current);
		flush();
		return List.of();
	}

	/**
	 * An earlier revision's values as a form, e.g. for a restore that waits for review.
	 */
	@Transactional(readOnly = true)
	<E extends EditableContent, F extends ContentForm> F formAtRevision(ContentAdmin<E, F> admin, long id,
			long revision) {
		return admin.formOf(snapshotAt(admin, id, revision));
	}

	/**
	 * A form's fields as readable text, the way history and conflicts show them, as they
	 * would read once saved (so a draft's review lists only what really changes).
	 */
	@Transactional(readOnly = true)
	<E extends EditableContent, F extends ContentForm> Map<String, String> snapshot(ContentAdmin<E, F> admin, F form) {
		return FormSnapshot.of(asSaved(admin, form), linkedNames(), this.messages);
	}

	/**
	 * Checks a bound form the way a save would (the kind's rules that need the database,
	 * the cited sources, a new item's review tick) without saving anything: a draft is
	 * only made of a form that could be published.
	 * @param id the item being edited, or null for a new one
	 */
	@Transactional(readOnly = true)
	<E extends EditableContent, F extends ContentForm> void check(ContentAdmin<E, F> admin, Long id, F form,
			Errors errors) {
		if (id == null && !form.isReviewed()) {
			errors.rejectValue("reviewed", "admin.reviewed.requiredOnCreate");
		}
		citedSources(form, errors);
		admin.validate(form, (id == null) ? null : admin.require(id), errors);
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
	<E extends EditableContent, F extends ContentForm> List<HistoryEntry> history(ContentAdmin<E, F> admin, long id) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = auditReader().createQuery()
			.forRevisionsOfEntity(admin.entityType(), false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		BiFunction<Class<?>, Long, String> codes = linkedNames();
		List<HistoryEntry> history = new ArrayList<>();
		Map<String, String> previous = Map.of();
		for (Object[] row : rows) {
			@SuppressWarnings("unchecked")
			E snapshot = (E) row[0];
			AuditRevision revision = (AuditRevision) row[1];
			RevisionType type = (RevisionType) row[2];
			Map<String, String> now = (type == RevisionType.DEL) ? Map.of()
					: FormSnapshot.of(admin.formOf(snapshot), codes, this.messages);
			history.add(new HistoryEntry(revision.getId(), revision.getChangedAt(), revision.getUsername(), type,
					FormSnapshot.diff(previous, now), revision.getDraftedBy(), revision.getUnreviewedReason(),
					revision.isApproverAppointedByDrafter()));
			previous = now;
		}
		Collections.reverse(history);
		return history;
	}

	/**
	 * The latest revision's author and time; empty for an item never edited since the
	 * migrations.
	 */
	@Transactional(readOnly = true)
	Optional<LastChange> lastChange(ContentAdmin<?, ?> admin, long id) {
		Number latest = (Number) auditReader().createQuery()
			.forRevisionsOfEntity(admin.entityType(), false, true)
			.addProjection(AuditEntity.revisionNumber().max())
			.add(AuditEntity.id().eq(id))
			.getSingleResult();
		if (latest == null) {
			return Optional.empty();
		}
		AuditRevision revision = this.entityManager.find(AuditRevision.class, latest.longValue());
		return Optional.of(new LastChange(revision.getUsername(), revision.getChangedAt()));
	}

	private <E extends EditableContent, F extends ContentForm> Conflict conflictWith(ContentAdmin<E, F> admin, E entity,
			F mine) {
		BiFunction<Class<?>, Long, String> codes = linkedNames();
		Map<String, String> theirs = FormSnapshot.of(admin.formOf(entity), codes, this.messages);
		Map<String, String> yours = FormSnapshot.of(asSaved(admin, mine), codes, this.messages);
		return new Conflict(theirs, FormSnapshot.diff(theirs, yours), lastChange(admin, entity.getId()).orElse(null),
				entity.getVersion());
	}

	/**
	 * The form as it would read once saved: the entity tidies what was typed (trims text,
	 * drops repeated names, reads 2.50 as 2.5), so a field the editor typed differently
	 * but to the same effect is no difference. The item built for this is never
	 * persisted.
	 */
	private <E extends EditableContent, F extends ContentForm> F asSaved(ContentAdmin<E, F> admin, F form) {
		F saved = admin.formOf(admin.create(form, LocalDate.now(this.clock)));
		if (form instanceof CitedContentForm cited && saved instanceof CitedContentForm savedCited) {
			savedCited.setSourceIds(cited.getSourceIds());
		}
		return saved;
	}

	/**
	 * The sources a form cites, read once per save; a source ticked in the form may have
	 * been deleted meanwhile (or the post tampered with), which is a field error. Sources
	 * themselves cite nothing.
	 */
	private List<Source> citedSources(ContentForm form, Errors errors) {
		if (!(form instanceof CitedContentForm cited) || errors.hasFieldErrors("sourceIds")) {
			return List.of();
		}
		List<Source> found = this.sources.findAllById(cited.getSourceIds());
		if (found.size() != cited.getSourceIds().size()) {
			errors.rejectValue("sourceIds", "admin.sources.unknown");
		}
		return found;
	}

	private static void cite(EditableContent entity, List<Source> sources) {
		if (entity instanceof CitedContent content) {
			content.citeOnly(sources);
		}
	}

	/**
	 * Sources by their codes (all read at once), other linked items by their own titles.
	 */
	private BiFunction<Class<?>, Long, String> linkedNames() {
		Map<Long, String> codes = new HashMap<>();
		this.sources.findAllWithAddressesBy().forEach((source) -> codes.put(source.getId(), source.getCode()));
		return (type, id) -> (type == Source.class) ? codes.getOrDefault(id, "#" + id)
				: Optional.ofNullable((EditableContent) this.entityManager.find(type, id))
					.map(EditableContent::displayTitle)
					.orElse("#" + id);
	}

	/**
	 * Writes pending changes now, so a concurrent save or a taken unique key surfaces
	 * here as Spring's {@link ConcurrencyFailureException} or
	 * {@link org.springframework.dao.DataIntegrityViolationException}, which the admin
	 * pages answer with a conflict or a field error; this service is no repository, so
	 * nothing else translates JPA's exceptions from a flush.
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
