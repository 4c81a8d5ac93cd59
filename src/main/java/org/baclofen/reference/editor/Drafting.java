package org.baclofen.reference.editor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.baclofen.reference.content.EditableContent;
import org.baclofen.reference.kind.ContentAdmin;
import org.baclofen.reference.kind.ContentForm;
import org.baclofen.reference.kind.FormSnapshot;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;

/**
 * Where an editor's change enters: every create, edit, deletion and restore becomes a
 * {@link Draft} that waits for a second person (see {@link Publishing}); the published
 * content does not change here. Each change is checked the way publishing it would be, so
 * a draft is only made of something that could be published. A change that collides with
 * another (someone else's draft holds the item, or the item changed since the page was
 * shown) comes back as a {@link DraftOutcome}, each in its own transaction, so a lost
 * race is answered here and never reaches the page as an exception.
 */
@Service
public class Drafting {

	private final DraftRepository drafts;

	private final DraftForms forms;

	private final ContentEditing editing;

	private final Signatures signatures;

	private final Clock clock;

	private final MessageSource messages;

	private final TransactionTemplate transaction;

	Drafting(DraftRepository drafts, DraftForms forms, ContentEditing editing, Signatures signatures, Clock clock,
			MessageSource messages, PlatformTransactionManager transactions) {
		this.drafts = drafts;
		this.forms = forms;
		this.editing = editing;
		this.signatures = signatures;
		this.clock = clock;
		this.messages = messages;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * A new item, waiting for review.
	 * @return the draft, or empty when the errors refuse the form
	 */
	public <E extends EditableContent, F extends ContentForm> Optional<Draft> draftNew(ContentAdmin<E, F> admin, F form,
			Errors errors, String username) {
		this.editing.check(admin, null, form, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(inTransaction(() -> save(
				Draft.toCreate(admin.path(), this.forms.write(admin, form), this.signatures.of(username), now()))));
	}

	/**
	 * An edit of a published item, waiting for review; the drafter's own pending draft of
	 * the item is revised.
	 * @param seenDraftVersion the version of the drafter's pending draft their form
	 * started from (null when they saw none): an amendment from an out-of-date page would
	 * silently drop what they drafted meanwhile, so it is a conflict
	 */
	public <E extends EditableContent, F extends ContentForm> DraftOutcome draftEdit(ContentAdmin<E, F> admin, long id,
			F form, Errors errors, Integer seenDraftVersion, String username) {
		this.editing.check(admin, id, form, errors);
		if (errors.hasErrors()) {
			return DraftOutcome.refused(List.of());
		}
		try {
			Optional<ContentEditing.Conflict> conflict;
			try {
				conflict = inTransaction(() -> edit(admin, id, form, seenDraftVersion, username));
			}
			catch (ConcurrencyFailureException draftedMeanwhile) {
				// The drafter's own draft was revised in another tab at the same moment:
				// compare with it.
				conflict = inTransaction(() -> edit(admin, id, form, null, username));
			}
			return conflict.map((found) -> new DraftOutcome(DraftOutcome.Status.CHANGED_MEANWHILE, found, List.of()))
				.orElseGet(DraftOutcome::drafted);
		}
		catch (DraftRefusedException | DataIntegrityViolationException heldByOther) {
			// Someone else's draft holds the item (or took it a moment ago).
			MessageSourceResolvable heldBy = heldBy(admin.path(), id);
			errors.reject(heldBy.getCodes()[0], heldBy.getArguments(), null);
			return new DraftOutcome(DraftOutcome.Status.HELD_BY_OTHER, null, List.of());
		}
	}

	/**
	 * A deletion, waiting for review. The item's values are kept with it, so the reviewer
	 * sees what goes.
	 * @return why the item cannot be deleted (its kind's queries find something that
	 * still needs it, or someone else's draft holds it); empty when drafted
	 */
	public <E extends EditableContent, F extends ContentForm> Optional<MessageSourceResolvable> draftDelete(
			ContentAdmin<E, F> admin, long id, String username) {
		E entity = admin.require(id);
		Optional<MessageSourceResolvable> blocker = admin.deletionBlocker(entity);
		if (blocker.isPresent()) {
			return blocker;
		}
		try {
			inTransaction(() -> delete(admin, id, username));
			return Optional.empty();
		}
		catch (DraftRefusedException | DataIntegrityViolationException heldByOther) {
			return Optional.of(heldBy(admin.path(), id));
		}
	}

	/**
	 * A restore of an earlier revision, waiting for review.
	 * @param seenVersion the item's version on the history page the restore was chosen
	 * from: a restore from an out-of-date page would undo a change the editor has not
	 * seen
	 */
	public <E extends EditableContent, F extends ContentForm> DraftOutcome draftRestore(ContentAdmin<E, F> admin,
			long id, long revision, int seenVersion, String username) {
		try {
			List<String> problems = inTransaction(() -> restore(admin, id, revision, seenVersion, username));
			return problems.isEmpty() ? DraftOutcome.drafted() : DraftOutcome.refused(problems);
		}
		catch (ConcurrencyFailureException changedMeanwhile) {
			return new DraftOutcome(DraftOutcome.Status.CHANGED_MEANWHILE, null, List.of());
		}
		catch (DraftRefusedException refused) {
			return DraftOutcome.refused(List.of(message(refused)));
		}
		catch (DataIntegrityViolationException heldByOther) {
			return new DraftOutcome(DraftOutcome.Status.HELD_BY_OTHER, null,
					List.of(message(heldBy(admin.path(), id))));
		}
	}

	private <E extends EditableContent, F extends ContentForm> Optional<ContentEditing.Conflict> edit(
			ContentAdmin<E, F> admin, long id, F form, Integer seenDraftVersion, String username) {
		E entity = admin.require(id);
		if (form.getVersion() == null || form.getVersion() != entity.getVersion()) {
			return Optional.of(this.editing.conflict(admin, id, form));
		}
		Signature drafter = this.signatures.of(username);
		Optional<Draft> pending = pendingDraft(admin.path(), id);
		if (pending.isPresent()) {
			Draft own = requireOwn(pending.get(), drafter);
			if (seenDraftVersion == null || seenDraftVersion != own.getVersion()) {
				Map<String, String> drafted = draftedValues(admin, own);
				return Optional.of(new ContentEditing.Conflict(drafted,
						FormSnapshot.diff(drafted, this.editing.snapshot(admin, form)),
						new ContentEditing.LastChange(own.getDraftedBy(), own.getDraftedAt()), entity.getVersion()));
			}
			own.revise(DraftAction.EDIT, this.forms.write(admin, form), entity.getVersion(), null, drafter, now());
			save(own);
		}
		else {
			save(Draft.toEdit(admin.path(), id, entity.getVersion(), this.forms.write(admin, form), drafter, now()));
		}
		return Optional.empty();
	}

	/**
	 * The drafter's pending draft as fields, to compare their new values with; a draft
	 * that can no longer be read has none, so the new values replace it.
	 */
	private <E extends EditableContent, F extends ContentForm> Map<String, String> draftedValues(
			ContentAdmin<E, F> admin, Draft own) {
		try {
			return this.editing.snapshot(admin, this.forms.read(admin, own));
		}
		catch (DraftUnreadableException unreadable) {
			return Map.of();
		}
	}

	private <E extends EditableContent, F extends ContentForm> Draft delete(ContentAdmin<E, F> admin, long id,
			String username) {
		E entity = admin.require(id);
		StoredForm values = this.forms.write(admin, admin.formOf(entity));
		Signature drafter = this.signatures.of(username);
		Optional<Draft> pending = pendingDraft(admin.path(), id);
		if (pending.isPresent()) {
			Draft own = requireOwn(pending.get(), drafter);
			own.revise(DraftAction.DELETE, values, entity.getVersion(), null, drafter, now());
			return save(own);
		}
		return save(Draft.toDelete(admin.path(), id, entity.getVersion(), values, drafter, now()));
	}

	/**
	 * @return why the old values cannot be published now (e.g. a slug since taken); empty
	 * when drafted
	 */
	private <E extends EditableContent, F extends ContentForm> List<String> restore(ContentAdmin<E, F> admin, long id,
			long revision, int seenVersion, String username) {
		E current = admin.require(id);
		if (current.getVersion() != seenVersion) {
			throw new ObjectOptimisticLockingFailureException(admin.entityType(), id);
		}
		F restored = this.editing.formAtRevision(admin, id, revision);
		BindingResult errors = new BeanPropertyBindingResult(restored, "form");
		this.editing.check(admin, id, restored, errors);
		if (errors.hasErrors()) {
			return errors.getAllErrors().stream().map(this::message).toList();
		}
		StoredForm values = this.forms.write(admin, restored);
		Signature drafter = this.signatures.of(username);
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

	private Optional<Draft> pendingDraft(String kind, long itemId) {
		return this.drafts.findByKindAndItemIdAndStatus(kind, itemId, DraftStatus.PENDING);
	}

	/** Why an item cannot be drafted now: someone else's draft holds it. */
	private MessageSourceResolvable heldBy(String kind, long id) {
		String drafter = inTransaction(() -> pendingDraft(kind, id).map(Draft::getDraftedBy).orElse("?"));
		return new DefaultMessageSourceResolvable(new String[] { "review.refused.heldByOther" },
				new Object[] { drafter });
	}

	private static Draft requireOwn(Draft pending, Signature drafter) {
		if (!pending.isDraftedBy(drafter)) {
			throw new DraftRefusedException("review.refused.heldByOther", pending.getDraftedBy());
		}
		return pending;
	}

	/**
	 * Saves and writes the draft now, so a draft racing for the same item (the unique
	 * pending key) or for the same draft (its version) fails here, inside the transaction
	 * that can still roll back.
	 */
	private Draft save(Draft draft) {
		return this.drafts.saveAndFlush(draft);
	}

	private <T> T inTransaction(Supplier<T> work) {
		return this.transaction.execute((status) -> work.get());
	}

	private String message(MessageSourceResolvable resolvable) {
		return this.messages.getMessage(resolvable, Locale.ENGLISH);
	}

	private Instant now() {
		return this.clock.instant();
	}

}
