package org.baclofen.reference.editor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.baclofen.reference.content.EditableContent;
import org.baclofen.reference.content.Source;
import org.baclofen.reference.content.SourceRepository;
import org.baclofen.reference.kind.CitedContentForm;
import org.baclofen.reference.kind.ContentAdmin;
import org.baclofen.reference.kind.ContentAdmins;
import org.baclofen.reference.kind.ContentForm;
import org.baclofen.reference.kind.FormSnapshot;
import org.baclofen.reference.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading drafts: the review queue, an editor's own drafts, the pending draft that holds
 * an item, and everything the review screen shows. Nothing here writes; changes go
 * through {@link Drafting} and {@link Publishing}.
 */
@Service
public class DraftQueue {

	private final DraftRepository drafts;

	private final DraftForms forms;

	private final ContentAdmins admins;

	private final ContentEditing editing;

	private final SourceRepository sources;

	private final Signatures signatures;

	private final Clock clock;

	private final MessageSource messages;

	DraftQueue(DraftRepository drafts, DraftForms forms, ContentAdmins admins, ContentEditing editing,
			SourceRepository sources, Signatures signatures, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.drafts = drafts;
		this.forms = forms;
		this.admins = admins;
		this.editing = editing;
		this.sources = sources;
		this.signatures = signatures;
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
			boolean drafterReviewed, String unreadable) {

		/** Whether the draft can be published as it stands. */
		public boolean publishable() {
			return !this.stale && this.unreadable == null;
		}

	}

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

	/**
	 * The values a drafter's pending draft holds, to continue editing it.
	 * @throws DraftUnreadableException when they cannot be read back
	 */
	@Transactional(readOnly = true)
	public <F extends ContentForm> F formOf(ContentAdmin<?, F> admin, Draft draft) {
		return this.forms.read(admin, draft);
	}

	@Transactional(readOnly = true)
	public List<QueueEntry> queue() {
		return this.drafts.findByStatusOrderByDraftedAtAsc(DraftStatus.PENDING).stream().map(this::queueEntry).toList();
	}

	@Transactional(readOnly = true)
	public List<QueueEntry> draftsOf(String username) {
		return this.drafts.findTop50ByDraftedByOrderByDraftedAtDesc(username).stream().map(this::queueEntry).toList();
	}

	@Transactional(readOnly = true)
	public DraftReview review(long draftId) {
		Draft draft = this.drafts.findById(draftId).orElseThrow(() -> new NotFoundException("Draft " + draftId));
		return reviewOf(draft, this.admins.get(draft.getKind()));
	}

	/**
	 * Whether this user drafted the draft (the same account, whatever its role is now).
	 */
	public boolean isDrafter(Draft draft, String username) {
		return draft.isDraftedBy(this.signatures.of(username));
	}

	private <E extends EditableContent, F extends ContentForm> DraftReview reviewOf(Draft draft,
			ContentAdmin<E, F> admin) {
		Optional<E> item = (draft.getItemId() == null) ? Optional.empty() : admin.findById(draft.getItemId());
		F drafted;
		try {
			drafted = this.forms.read(admin, draft);
		}
		catch (DraftUnreadableException unreadable) {
			return unreadableReview(draft, admin, item, unreadable);
		}
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
				after, FormSnapshot.diff(before, after), cited, isStale(draft, item), lastChange, drafted.isReviewed(),
				null);
	}

	/**
	 * A draft that cannot be read shows why and what is published, and can only be sent
	 * back.
	 */
	private <E extends EditableContent, F extends ContentForm> DraftReview unreadableReview(Draft draft,
			ContentAdmin<E, F> admin, Optional<E> item, DraftUnreadableException unreadable) {
		Map<String, String> before = item.map((entity) -> this.editing.snapshot(admin, admin.formOf(entity)))
			.orElse(Map.of());
		return new DraftReview(draft, admin, titleOf(draft, admin), item.map(admin::publicLink).orElse(null), before,
				Map.of(), List.of(), List.of(), isStale(draft, item),
				item.flatMap((entity) -> this.editing.lastChange(admin, entity.getId())), false,
				this.messages.getMessage(unreadable, Locale.ENGLISH));
	}

	private static boolean isStale(Draft draft, Optional<? extends EditableContent> item) {
		return draft.isPending() && draft.isStaleAgainst(item.map(EditableContent::getVersion).orElse(null));
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
		try {
			return admin.titleOf(admin.create(this.forms.read(admin, draft), LocalDate.now(this.clock)));
		}
		catch (DraftUnreadableException unreadable) {
			return this.messages.getMessage("review.draft.unreadableTitle", null, Locale.ENGLISH);
		}
	}

}
