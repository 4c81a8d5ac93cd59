package org.baclofen.reference.editor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import org.baclofen.reference.audit.AuditRevision;
import org.baclofen.reference.content.EditableContent;
import org.baclofen.reference.kind.ContentAdmin;
import org.baclofen.reference.kind.ContentAdmins;
import org.baclofen.reference.kind.ContentForm;
import org.baclofen.reference.system.NotFoundException;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Deciding drafts: a second person approves a draft (then it is published through the
 * {@link ContentEditing} service, as one audited revision stamped with both names) or
 * rejects it with a comment. Published content is only ever changed here or by the
 * migrations, so the public pages, tools and APIs, which read the published tables, never
 * see a draft. Each decision is one transaction; a decision that loses a race (another
 * reviewer decided first, a value was taken meanwhile) is refused with a
 * {@link DraftRefusedException} that says so.
 */
@Service
public class Publishing {

	private final DraftRepository drafts;

	private final DraftForms forms;

	private final ContentAdmins admins;

	private final ContentEditing editing;

	private final Signatures signatures;

	private final EntityManager entityManager;

	private final Clock clock;

	private final MessageSource messages;

	private final TransactionTemplate transaction;

	private final SpringValidatorAdapter validator;

	Publishing(DraftRepository drafts, DraftForms forms, ContentAdmins admins, ContentEditing editing,
			Signatures signatures, EntityManager entityManager, Clock clock, MessageSource messages,
			PlatformTransactionManager transactions, Validator validator) {
		this.validator = new SpringValidatorAdapter(validator);
		this.drafts = drafts;
		this.forms = forms;
		this.admins = admins;
		this.editing = editing;
		this.signatures = signatures;
		this.entityManager = entityManager;
		this.clock = clock;
		this.messages = messages;
		this.transaction = new TransactionTemplate(transactions);
	}

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
	 * taken meanwhile...) or another decision came first
	 */
	public long approve(long draftId, int seenDraftVersion, String username, boolean reviewedAgainstSources) {
		return decide(() -> {
			Draft draft = requireVersion(draftId, seenDraftVersion);
			draft.approve(this.signatures.of(username), reviewedAgainstSources, now());
			return publish(draft, this.admins.get(draft.getKind()));
		});
	}

	/**
	 * An admin publishes a draft (usually their own) without a second review, giving the
	 * reason; the history shows the revision as published without review. Only admins
	 * reach this (see the security configuration).
	 */
	public long publishWithoutReview(long draftId, int seenDraftVersion, String username, String reason,
			boolean reviewedAgainstSources) {
		return decide(() -> {
			Draft draft = requireVersion(draftId, seenDraftVersion);
			draft.publishWithoutReview(this.signatures.of(username), reason, reviewedAgainstSources, now());
			return publish(draft, this.admins.get(draft.getKind()));
		});
	}

	/** Sends a draft back to its drafter with a comment; nothing is published. */
	public void reject(long draftId, int seenDraftVersion, String username, String comment) {
		decide(() -> {
			Draft draft = requireVersion(draftId, seenDraftVersion);
			draft.reject(this.signatures.of(username), comment, now());
			return save(draft).getId();
		});
	}

	/**
	 * Runs a decision in its own transaction, and answers a lost race in the editor's
	 * words: the draft was decided or revised meanwhile, or a unique value it sets was
	 * taken meanwhile.
	 */
	private long decide(Supplier<Long> decision) {
		try {
			return this.transaction.execute((status) -> decision.get());
		}
		catch (ConcurrencyFailureException decidedMeanwhile) {
			throw new DraftRefusedException("review.refused.changedMeanwhile");
		}
		catch (DataIntegrityViolationException takenMeanwhile) {
			throw new DraftRefusedException("review.refused.takenMeanwhile");
		}
	}

	private <E extends EditableContent, F extends ContentForm> long publish(Draft draft, ContentAdmin<E, F> admin) {
		// The decision is written first: a second reviewer deciding the same draft at the
		// same moment waits on this row and then fails its version check, so the content
		// is published exactly once.
		save(draft);
		Integer current = (draft.getItemId() == null) ? null
				: admin.findById(draft.getItemId()).map(EditableContent::getVersion).orElse(null);
		if (draft.isStaleAgainst(current)) {
			throw new StaleDraftException();
		}
		F form = this.forms.read(admin, draft);
		form.setVersion(current);
		form.setReviewed(draft.isReviewedAgainstSources());
		if (draft.getAction() == DraftAction.CREATE || draft.getAction() == DraftAction.EDIT) {
			// The form's own rules too, not only those that need the database: a draft
			// written under older rules is checked against today's.
			BindingResult errors = errorsOf(form);
			this.validator.validate(form, errors);
			refuseIfInvalid(errors);
		}
		long id = switch (draft.getAction()) {
			case CREATE -> publishNew(admin, form, draft);
			case EDIT -> publishEdit(admin, form, draft);
			case DELETE -> publishDeletion(admin, draft);
			case RESTORE -> publishRestore(admin, draft);
		};
		AuditRevision revision = currentRevision();
		revision.publishedFromDraft(draft.getDecidedBy(), draft.getDraftedBy(), draft.getUnreviewedReason());
		if (this.signatures.appointedBy(draft.getDecidedBy(), draft.getDraftedBy())) {
			revision.approvedByDraftersAppointee();
		}
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
			throw new DraftRefusedException("review.refused.invalidNow",
					String.join(" ",
							errors.getAllErrors()
								.stream()
								.map((error) -> this.messages.getMessage(error, Locale.ENGLISH))
								.toList()));
		}
	}

	private Draft requireVersion(long draftId, int seenDraftVersion) {
		Draft draft = this.drafts.findById(draftId).orElseThrow(() -> new NotFoundException("Draft " + draftId));
		if (draft.getVersion() != seenDraftVersion) {
			throw new ObjectOptimisticLockingFailureException(Draft.class, draftId);
		}
		return draft;
	}

	/**
	 * Saves and writes the draft now, so a decision racing for the same draft (its
	 * version) fails here, inside the transaction that can still roll back.
	 */
	private Draft save(Draft draft) {
		return this.drafts.saveAndFlush(draft);
	}

	private Instant now() {
		return this.clock.instant();
	}

}
