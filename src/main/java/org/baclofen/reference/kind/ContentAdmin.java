package org.baclofen.reference.kind;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.baclofen.reference.content.ContentRepository;
import org.baclofen.reference.content.EditableContent;
import org.baclofen.reference.system.NotFoundException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * Everything the admin pages need to know about one kind of content: how to find, show,
 * create, change and delete it, and what a valid form is beyond its annotations. One bean
 * per kind; the controller and the editing service are shared by all kinds, so the
 * differences between kinds are all here.
 *
 * @param <E> the entity
 * @param <F> its form
 */
public abstract class ContentAdmin<E extends EditableContent, F extends ContentForm> {

	private final String path;

	private final Class<E> entityType;

	private final ContentRepository<E> repository;

	private final Supplier<F> newForm;

	private final Function<E, F> formOf;

	/**
	 * @param newForm an empty form, for a new item
	 * @param formOf the item's current values as a form (for editing, conflicts and
	 * history)
	 */
	protected ContentAdmin(String path, Class<E> entityType, ContentRepository<E> repository, Supplier<F> newForm,
			Function<E, F> formOf) {
		this.path = path;
		this.entityType = entityType;
		this.repository = repository;
		this.newForm = newForm;
		this.formOf = formOf;
	}

	/**
	 * The URL segment under /admin, e.g. "interactions"; also the key of its messages and
	 * field template.
	 */
	public String path() {
		return this.path;
	}

	public Class<E> entityType() {
		return this.entityType;
	}

	/** All items, in the order the admin list shows them. */
	public abstract List<E> findAll();

	public Optional<E> findById(long id) {
		return this.repository.findById(id);
	}

	/**
	 * The item, or the friendly 404 when there is none: the one lookup every admin page
	 * uses.
	 */
	public E require(long id) {
		return findById(id).orElseThrow(() -> new NotFoundException(this.path + " " + id));
	}

	/**
	 * Writes the item; only the editor's publishing step calls this, after its checks.
	 */
	public E save(E entity) {
		return this.repository.save(entity);
	}

	/**
	 * Deletes the item; only the editor's publishing step calls this, after its checks.
	 */
	public void delete(E entity) {
		this.repository.delete(entity);
	}

	public F newForm() {
		return this.newForm.get();
	}

	public F formOf(E entity) {
		return this.formOf.apply(entity);
	}

	/**
	 * How the item is named in lists, history and messages: the entity's own
	 * {@link EditableContent#displayTitle()}.
	 */
	public final String titleOf(E entity) {
		return entity.displayTitle();
	}

	/**
	 * The public page that shows the item: the entity's own
	 * {@link EditableContent#publicLink()}.
	 */
	public final String publicLink(E entity) {
		return entity.publicLink();
	}

	/**
	 * A new item from a valid form, reviewed on the given date (a new item is always
	 * checked against its sources); the caller applies the sources and the reviewer.
	 */
	public abstract E create(F form, LocalDate reviewedOn);

	/**
	 * Copies a valid form onto the item; sources and the review stamp are applied by the
	 * caller.
	 */
	public abstract void apply(F form, E entity);

	/**
	 * Checks that need the database or several fields together (a slug already taken,
	 * overlapping bands); the editing service runs them in the transaction that saves,
	 * against the item it saves.
	 * @param existing the item being edited, or null when creating
	 */
	public void validate(F form, E existing, Errors errors) {
	}

	/**
	 * The shape of this kind's form as pending drafts store it. Raise it whenever a field
	 * of the form is renamed, removed or retyped ({@code DraftStorageTest} fails until
	 * you do; an added field needs nothing), and teach {@link #upgradeDraft} the step
	 * from the version before: a pending draft of an older shape is upgraded on reading,
	 * or refused with a message, never read with fields silently dropped.
	 */
	public int formVersion() {
		return 1;
	}

	/**
	 * Rewrites a draft's stored values, field by field, from {@code fromVersion} of this
	 * kind's form to the next version.
	 * @param values the stored fields by name, changed in place
	 * @return false when there is no such step, so the draft is refused with a message
	 */
	public boolean upgradeDraft(int fromVersion, Map<String, Object> values) {
		return false;
	}

	/**
	 * Choices the kind's form offers (enum values, related items), added to the edit
	 * page's model.
	 */
	public Map<String, Object> formOptions() {
		return Map.of();
	}

	/**
	 * Why the item cannot be deleted now (e.g. something still needs it), as a message;
	 * empty when it can.
	 */
	public Optional<MessageSourceResolvable> deletionBlocker(E entity) {
		return Optional.empty();
	}

	/** A reason from messages.properties, with its arguments. */
	protected static MessageSourceResolvable reason(String messageKey, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { messageKey }, arguments);
	}

}
