package org.baclofen.reference.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.baclofen.reference.account.Account;
import org.baclofen.reference.account.AccountRepository;
import org.baclofen.reference.admin.CitedContentForm;
import org.baclofen.reference.admin.ContentAdmin;
import org.baclofen.reference.admin.ContentAdmins;
import org.baclofen.reference.admin.ContentEditing;
import org.baclofen.reference.admin.ContentForm;
import org.baclofen.reference.admin.DeleteRefusedException;
import org.baclofen.reference.admin.FormSnapshot;
import org.baclofen.reference.audit.AuditRevision;
import org.baclofen.reference.content.EditableContent;
import org.baclofen.reference.content.Source;
import org.baclofen.reference.content.SourceRepository;
import org.baclofen.reference.system.NotFoundException;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * The editorial workflow: every change to content is first a {@link Draft}; a second
 * person approves it (then it is published through the {@link ContentEditing} service, as
 * one audited revision stamped with both names) or rejects it with a comment. Published
 * content is only ever changed here or by the migrations, so the public pages, tools and
 * APIs, which read the published tables, never see a draft.
 */
@Service
public class ContentReview {

	private final DraftRepository drafts;

	private final DraftForms forms;

	private final ContentAdmins admins;

	private final ContentEditing editing;

	private final AccountRepository accounts;

	private final SourceRepository sources;

	private final EntityManager entityManager;

	private final Clock clock;

	private final MessageSource messages;

	private final TransactionTemplate trial;

	ContentReview(DraftRepository drafts, DraftForms forms, ContentAdmins admins, ContentEditing editing,
			AccountRepository accounts, SourceRepository sources, EntityManager entityManager, Clock clock,
			MessageSource messages, PlatformTransactionManager transactions) {
		this.messages = messages;
		this.trial = new TransactionTemplate(transactions);
		this.trial.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.drafts = drafts;
		this.forms = forms;
		this.admins = admins;
		this.editing = editing;
		this.accounts = accounts;
		this.sources = sources;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/** A pending draft as the queue lists it. */
	public record QueueEntry(Draft draft, String kindPath, String title) {
	}

	/**
	 * Everything the review screen shows: the draft, what is published now, the fields
	 * that would change, the sources the draft cites, and whether the item changed since
	 * the draft was made.
	 */
	public record DraftReview(Draft draft, ContentAdmin<?, ?> admin, String title, String publicLink,
			Map<String, String> published, Map<String, String> drafted, List<FormSnapshot.FieldChange> changes,
			List<Source> citedSources, boolean stale, Optional<ContentEditing.LastChange> lastChange,
			boolean drafterReviewed) {
	}

	// Drafting

	/** A new item, waiting for review. */
	@Transactional
	public <E extends EditableContent, F extends ContentForm> Draft draftNew(ContentAdmin<E, F> admin, F form,
			String username) {
		return save(Draft.toCreate(admin.path(), this.forms.write(form), signatureOf(username), now()));
	}

	/**
	 * An edit of a published item, waiting for review; the drafter's own pending draft of
	 * the item is revised.
	 * @param seenDraftVersion the version of the drafter's pending draft their form
	 * started from (null when they saw none): an amendment from an out-of-date page would
	 * silently drop what they drafted meanwhile
	 * @return the conflict when the item (or the drafter's own draft) changed since the
	 * form was opened
	 * @throws DraftRefusedException when someone else's draft holds the item
	 */
	@Transactional
	public <E extends EditableContent, F extends ContentForm> Optional<ContentEditing.Conflict> draftEdit(
			ContentAdmin<E, F> admin, long id, F form, Integer seenDraftVersion, String username) {
		E entity = admin.require(id);
		if (form.getVersion() == null || form.getVersion() != entity.getVersion()) {
			return Optional.of(this.editing.conflict(admin, id, form));
		}
		Signature drafter = signatureOf(username);
		Optional<Draft> pending = pendingDraft(admin.path(), id);
		if (pending.isPresent()) {
			Draft own = requireOwn(pending.get(), drafter);
			if (seenDraftVersion == null || seenDraftVersion != own.getVersion()) {
				Map<String, String> drafted = this.editing.snapshot(admin, this.forms.read(admin, own));
				return Optional.of(new ContentEditing.Conflict(drafted,
						FormSnapshot.diff(drafted, this.editing.snapshot(admin, form)),
						new ContentEditing.LastChange(own.getDraftedBy(), own.getDraftedAt()), entity.getVersion()));
			}
			own.revise(DraftAction.EDIT, this.forms.write(form), entity.getVersion(), null, drafter, now());
			save(own);
		}
		else {
			save(Draft.toEdit(admin.path(), id, entity.getVersion(), this.forms.write(form), drafter, now()));
		}
		return Optional.empty();
	}

	/**
	 * A deletion, waiting for review. The item's values are kept with it, so the reviewer
	 * sees what goes.
	 * @throws DraftRefusedException when someone else's draft holds the item
	 */
	@Transactional
	public <E extends EditableContent, F extends ContentForm> Draft draftDelete(ContentAdmin<E, F> admin, long id,
			String username) {
		E entity = admin.require(id);
		String values = this.forms.write(admin.formOf(entity));
		Signature drafter = signatureOf(username);
		Optional<Draft> pending = pendingDraft(admin.path(), id);
		if (pending.isPresent()) {
			Draft own = requireOwn(pending.get(), drafter);
			own.revise(DraftAction.DELETE, values, entity.getVersion(), null, drafter, now());
			return save(own);
		}
		return save(Draft.toDelete(admin.path(), id, entity.getVersion(), values, drafter, now()));
	}

	/**
	 * A restore of an earlier revision, waiting for review.
	 * @param seenVersion the item's version on the history page the restore was chosen
	 * from
	 * @return why the old values cannot be published now (e.g. a slug since taken); empty
	 * when drafted
	 * @throws ObjectOptimisticLockingFailureException when the item changed since that
	 * page was shown
	 * @throws DraftRefusedException when someone else's draft holds the item
	 */
	@Transactional
	public <E extends EditableContent, F extends ContentForm> List<String> draftRestore(ContentAdmin<E, F> admin,
			long id, long revision, int seenVersion, String username) {
		E current = admin.require(id);
		if (current.getVersion() != seenVersion) {
			throw new ObjectOptimisticLockingFailureException(admin.entityType(), id);
		}
		F restored = this.editing.formAtRevision(admin, id, revision);
		BindingResult errors = errorsOf(restored);
		this.editing.check(admin, id, restored, errors);
		if (errors.hasErrors()) {
			return errors.getAllErrors()
				.stream()
				.map((error) -> this.messages.getMessage(error, Locale.ENGLISH))
				.toList();
		}
		String values = this.forms.write(restored);
		Signature drafter = signatureOf(username);
		Optional<Draft> pending = pendingDraft(admin.path(), id);
		if (pending.isPresent()) {
			Draft own = requireOwn(pending.get(), drafter);
			own.revise(DraftAction.RESTORE, values, current.getVersion(), revision, drafter, now());
			save(own);
		}
		else {
			save(Draft.toRestore(admin.path(), id, current.getVersion(), revision, values, drafter, now()));
		}
		return List.of();
	}

	// Reading

	@Transactional(readOnly = true)
	public Optional<Draft> pendingDraft(String kind, long itemId) {
		return this.drafts.findByKindAndItemIdAndStatus(kind, itemId, DraftStatus.PENDING);
	}

	/**
	 * The item's latest rejection, while it still applies to the published version
	 * (nothing changed since).
	 */
	@Transactional(readOnly = true)
	public Optional<Draft> openRejection(ContentAdmin<?, ?> admin, EditableContent item) {
		return this.drafts
			.findFirstByKindAndItemIdAndStatusOrderByDecidedAtDesc(admin.path(), item.getId(), DraftStatus.REJECTED)
			.filter((draft) -> !draft.isStaleAgainst(item.getVersion()));
	}

	/** The values a drafter's pending draft holds, to continue editing it. */
	@Transactional(readOnly = true)
	public <F extends ContentForm> F formOf(ContentAdmin<?, F> admin, Draft draft) {
		return this.forms.read(admin, draft);
	}

	@Transactional(readOnly = true)
	public List<QueueEntry> queue() {
		return this.drafts.findByStatusOrderByDraftedAtAsc(DraftStatus.PENDING).stream().map(this::queueEntry).toList();
	}

	@Transactional(readOnly = true)
	public long pendingCount() {
		return this.drafts.countByStatus(DraftStatus.PENDING);
	}

	@Transactional(readOnly = true)
	public List<QueueEntry> draftsOf(String username) {
		return this.drafts.findTop50ByDraftedByOrderByDraftedAtDesc(username).stream().map(this::queueEntry).toList();
	}

	@Transactional(readOnly = true)
	public DraftReview review(long draftId) {
		Draft draft = require(draftId);
		return reviewOf(draft, this.admins.get(draft.getKind()));
	}

	private <E extends EditableContent, F extends ContentForm> DraftReview reviewOf(Draft draft,
			ContentAdmin<E, F> admin) {
		Optional<E> item = (draft.getItemId() == null) ? Optional.empty() : admin.findById(draft.getItemId());
		F drafted = this.forms.read(admin, draft);
		Map<String, String> before = item.map((entity) -> this.editing.snapshot(admin, admin.formOf(entity)))
			.orElse(Map.of());
		Map<String, String> after = (draft.getAction() == DraftAction.DELETE) ? Map.of()
				: this.editing.snapshot(admin, drafted);
		List<Source> cited = (drafted instanceof CitedContentForm citing) ? this.sources.findAllWithAddressesBy()
			.stream()
			.filter((source) -> citing.getSourceIds().contains(source.getId()))
			.sorted()
			.toList() : List.of();
		Optional<ContentEditing.LastChange> lastChange = item
			.flatMap((entity) -> this.editing.lastChange(admin, entity.getId()));
		return new DraftReview(draft, admin, titleOf(draft, admin), item.map(admin::publicLink).orElse(null), before,
				after, FormSnapshot.diff(before, after), cited,
				draft.isPending() && draft.isStaleAgainst(item.map(EditableContent::getVersion).orElse(null)),
				lastChange, drafted.isReviewed());
	}

	// Deciding

	/**
	 * Publishes a draft someone else made, as one audited revision naming both people.
	 * @param seenDraftVersion the draft's version on the review screen: a decision on an
	 * out-of-date screen (the drafter revised it since, or another reviewer decided it)
	 * is a conflict, never applied
	 * @param reviewedAgainstSources the reviewer checked the item against its sources:
	 * its last-reviewed date becomes today, in the reviewer's name
	 * @return the published item's id
	 * @throws SelfApprovalException for the drafter, whatever their role
	 * @throws StaleDraftException when the item changed since the draft was made
	 * @throws DraftRefusedException when publishing it now would break a rule (a slug
	 * taken meanwhile...)
	 */
	@Transactional
	public long approve(long draftId, int seenDraftVersion, String username, boolean reviewedAgainstSources) {
		Draft draft = requireVersion(draftId, seenDraftVersion);
		draft.approve(signatureOf(username), reviewedAgainstSources, now());
		return publish(draft, this.admins.get(draft.getKind()));
	}

	/**
	 * An admin publishes a draft (usually their own) without a second review, giving the
	 * reason; the history shows the revision as published without review. Only admins
	 * reach this (see the security configuration).
	 */
	@Transactional
	public long publishWithoutReview(long draftId, int seenDraftVersion, String username, String reason,
			boolean reviewedAgainstSources) {
		Draft draft = requireVersion(draftId, seenDraftVersion);
		draft.publishWithoutReview(signatureOf(username), reason, reviewedAgainstSources, now());
		return publish(draft, this.admins.get(draft.getKind()));
	}

	/** Sends a draft back to its drafter with a comment; nothing is published. */
	@Transactional
	public void reject(long draftId, int seenDraftVersion, String username, String comment) {
		Draft draft = requireVersion(draftId, seenDraftVersion);
		draft.reject(signatureOf(username), comment, now());
		save(draft);
	}

	private <E extends EditableContent, F extends ContentForm> long publish(Draft draft, ContentAdmin<E, F> admin) {
		// The decision is written first: a second reviewer deciding the same draft at the
		// same moment waits on
		// this row and then fails its version check, so the content is published exactly
		// once.
		save(draft);
		Integer current = (draft.getItemId() == null) ? null
				: admin.findById(draft.getItemId()).map(EditableContent::getVersion).orElse(null);
		if (draft.isStaleAgainst(current)) {
			throw new StaleDraftException();
		}
		F form = this.forms.read(admin, draft);
		form.setVersion(current);
		form.setReviewed(draft.isReviewedAgainstSources());
		long id = switch (draft.getAction()) {
			case CREATE -> publishNew(admin, form, draft);
			case EDIT -> publishEdit(admin, form, draft);
			case DELETE -> publishDeletion(admin, draft);
			case RESTORE -> publishRestore(admin, draft);
		};
		AuditRevision revision = currentRevision();
		revision.publishedFromDraft(draft.getDecidedBy(), draft.getDraftedBy(), draft.getUnreviewedReason());
		draft.publishedAs(revision.getId());
		save(draft);
		return id;
	}

	/**
	 * A new item is always checked against its sources: by the reviewer if they say so,
	 * else by its drafter.
	 */
	private <E extends EditableContent, F extends ContentForm> long publishNew(ContentAdmin<E, F> admin, F form,
			Draft draft) {
		form.setReviewed(true);
		BindingResult errors = errorsOf(form);
		Optional<Long> id = this.editing.create(admin, form, errors,
				draft.isReviewedAgainstSources() ? draft.getDecidedBy() : draft.getDraftedBy());
		refuseIfInvalid(errors);
		draft.createdItem(id.orElseThrow());
		return id.get();
	}

	private <E extends EditableContent, F extends ContentForm> long publishEdit(ContentAdmin<E, F> admin, F form,
			Draft draft) {
		BindingResult errors = errorsOf(form);
		Optional<ContentEditing.Conflict> conflict = this.editing.update(admin, draft.getItemId(), form, errors,
				draft.getDecidedBy());
		refuseIfInvalid(errors);
		if (conflict.isPresent()) {
			throw new StaleDraftException();
		}
		return draft.getItemId();
	}

	private <E extends EditableContent, F extends ContentForm> long publishDeletion(ContentAdmin<E, F> admin,
			Draft draft) {
		try {
			this.editing.delete(admin, draft.getItemId());
		}
		catch (DeleteRefusedException refused) {
			throw new DraftRefusedException("review.refused.invalidNow",
					this.messages.getMessage(refused.reason(), Locale.ENGLISH));
		}
		return draft.getItemId();
	}

	private <E extends EditableContent, F extends ContentForm> long publishRestore(ContentAdmin<E, F> admin,
			Draft draft) {
		List<String> problems = this.editing.restore(admin, draft.getItemId(), draft.getRestoredRevision(),
				draft.getBaseVersion());
		if (!problems.isEmpty()) {
			throw new DraftRefusedException("review.refused.invalidNow", String.join(" ", problems));
		}
		if (draft.isReviewedAgainstSources()) {
			admin.require(draft.getItemId()).markReviewed(LocalDate.now(this.clock), draft.getDecidedBy());
		}
		return draft.getItemId();
	}

	/**
	 * The audited revision this transaction writes. Envers keeps one per transaction;
	 * should it have been written and detached already (a caller that cleared the
	 * persistence context), it is merged back.
	 */
	private AuditRevision currentRevision() {
		AuditReader reader = AuditReaderFactory.get(this.entityManager);
		AuditRevision revision = reader.getCurrentRevision(AuditRevision.class, false);
		if (revision.getId() == null) {
			return reader.getCurrentRevision(AuditRevision.class, true);
		}
		return this.entityManager.contains(revision) ? revision : this.entityManager.merge(revision);
	}

	private static BindingResult errorsOf(ContentForm form) {
		return new BeanPropertyBindingResult(form, "form");
	}

	/**
	 * Rules that depend on other content (a slug taken since the draft was made) are
	 * checked again on publishing.
	 */
	private void refuseIfInvalid(BindingResult errors) {
		if (errors.hasErrors()) {
			throw new DraftRefusedException("review.refused.invalidNow", messagesOf(errors));
		}
	}

	private String messagesOf(BindingResult errors) {
		return String.join(" ",
				errors.getAllErrors()
					.stream()
					.map((error) -> this.messages.getMessage(error, Locale.ENGLISH))
					.toList());
	}

	/**
	 * Why the item cannot be deleted now, found by deleting it in a transaction that is
	 * always rolled back: the kind's own rules and the database's references both answer,
	 * so a deletion is never drafted that could not be published.
	 */
	public <E extends EditableContent, F extends ContentForm> Optional<MessageSourceResolvable> deletionRefusal(
			ContentAdmin<E, F> admin, long id) {
		return this.trial.execute((transaction) -> {
			transaction.setRollbackOnly();
			try {
				this.editing.delete(admin, id);
				return Optional.<MessageSourceResolvable>empty();
			}
			catch (DeleteRefusedException refused) {
				return Optional.of(refused.reason());
			}
			catch (NotFoundException notYetVisible) {
				// Only an item created in a caller's uncommitted transaction; publishing
				// checks it again anyway.
				return Optional.<MessageSourceResolvable>empty();
			}
		});
	}

	// Helpers

	/**
	 * Whether this user drafted the draft (the same account, whatever its role is now).
	 */
	public boolean isDrafter(Draft draft, String username) {
		return draft.isDraftedBy(signatureOf(username));
	}

	/** The person behind a username: their account, which no role change alters. */
	Signature signatureOf(String username) {
		return new Signature(this.accounts.findByUsername(username).map(Account::getId).orElse(null), username);
	}

	private Draft requireOwn(Draft pending, Signature drafter) {
		if (!pending.isDraftedBy(drafter)) {
			throw new DraftRefusedException("review.refused.heldByOther", pending.getDraftedBy());
		}
		return pending;
	}

	private Draft require(long draftId) {
		return this.drafts.findById(draftId).orElseThrow(() -> new NotFoundException("Draft " + draftId));
	}

	private Draft requireVersion(long draftId, int seenDraftVersion) {
		Draft draft = require(draftId);
		if (draft.getVersion() != seenDraftVersion) {
			throw new ObjectOptimisticLockingFailureException(Draft.class, draftId);
		}
		return draft;
	}

	/**
	 * Saves and writes the draft now, so a draft racing for the same item (the unique
	 * pending key) or a decision racing for the same draft (its version) fails here,
	 * inside the transaction that can still roll back.
	 */
	private Draft save(Draft draft) {
		return this.drafts.saveAndFlush(draft);
	}

	private QueueEntry queueEntry(Draft draft) {
		ContentAdmin<?, ?> admin = this.admins.get(draft.getKind());
		return new QueueEntry(draft, admin.path(), titleOf(draft, admin));
	}

	private <E extends EditableContent, F extends ContentForm> String titleOf(Draft draft, ContentAdmin<E, F> admin) {
		if (draft.getItemId() != null) {
			Optional<E> item = admin.findById(draft.getItemId());
			if (item.isPresent()) {
				return admin.titleOf(item.get());
			}
		}
		// A new item has no title yet: the one it would get, from an entity built only
		// for this and never saved.
		return admin.titleOf(admin.create(this.forms.read(admin, draft), LocalDate.now(this.clock)));
	}

	private Instant now() {
		return this.clock.instant();
	}

}
