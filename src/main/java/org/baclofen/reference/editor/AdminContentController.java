package org.baclofen.reference.editor;

import java.security.Principal;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.baclofen.reference.content.EditableContent;
import org.baclofen.reference.content.SourceRepository;
import org.baclofen.reference.kind.CitedContentForm;
import org.baclofen.reference.kind.ContentAdmin;
import org.baclofen.reference.kind.ContentAdmins;
import org.baclofen.reference.kind.ContentForm;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * The content admin pages for every kind of content: list, create, edit, delete, history
 * and restore. Nothing here publishes: a create, edit, delete or restore becomes a draft
 * that waits for a second person's review (see {@link Drafting}); the public pages keep
 * the published values until then. One controller serves all kinds; what differs between
 * kinds lives in their {@link ContentAdmin}. The form a post binds to is the kind's own,
 * made by {@link #form} from the kind in the path; drafting checks the kind's rules that
 * need the database.
 */
@Controller
@RequestMapping("/admin")
class AdminContentController {

	private static final String FORM = "form";

	private final ContentAdmins admins;

	private final ContentEditing editing;

	private final SourceRepository sources;

	private final MessageSource messages;

	private final Drafting drafting;

	private final DraftQueue queue;

	AdminContentController(ContentAdmins admins, ContentEditing editing, Drafting drafting, DraftQueue queue,
			SourceRepository sources, MessageSource messages) {
		this.admins = admins;
		this.drafting = drafting;
		this.queue = queue;
		this.editing = editing;
		this.sources = sources;
		this.messages = messages;
	}

	/**
	 * The kind's empty form, for a post to bind to; none on the pages that are not about
	 * one kind. The path variable is not called "kind": Spring binds path variables onto
	 * the form too, and some forms have a kind.
	 */
	@ModelAttribute(FORM)
	ContentForm form(@PathVariable(required = false) String path) {
		return (path != null) ? this.admins.get(path).newForm() : null;
	}

	/** A form is bound from the posted fields only, never from request headers. */
	@InitBinder(FORM)
	void bindFieldsOnly(WebDataBinder binder) {
		if (binder instanceof ExtendedServletRequestDataBinder servletBinder) {
			servletBinder.setHeaderPredicate((header) -> false);
		}
	}

	@GetMapping
	String index(Model model) {
		model.addAttribute("admins", this.admins.all());
		return "admin/index";
	}

	@GetMapping("/{path}")
	<E extends EditableContent, F extends ContentForm> String list(@PathVariable String path, Model model) {
		ContentAdmin<E, F> admin = this.admins.get(path);
		model.addAttribute("admin", admin);
		model.addAttribute("items", admin.findAll());
		return "admin/list";
	}

	@GetMapping("/{path}/new")
	<E extends EditableContent, F extends ContentForm> String newForm(@PathVariable String path, Model model) {
		ContentAdmin<E, F> admin = this.admins.get(path);
		return editPage(admin, null, admin.newForm(), model);
	}

	@PostMapping("/{path}")
	<E extends EditableContent, F extends ContentForm> String create(@PathVariable String path,
			@Valid @ModelAttribute(FORM) F form, BindingResult result, Model model, Principal user,
			RedirectAttributes redirect) {
		ContentAdmin<E, F> admin = this.admins.get(path);
		if (this.drafting.draftNew(admin, form, result, user.getName()).isEmpty()) {
			return editPage(admin, null, form, model);
		}
		redirect.addFlashAttribute("drafted", true);
		return "redirect:/admin/drafts";
	}

	@GetMapping("/{path}/{id}")
	<E extends EditableContent, F extends ContentForm> String edit(@PathVariable String path, @PathVariable long id,
			Model model, Principal user) {
		ContentAdmin<E, F> admin = this.admins.get(path);
		E entity = admin.require(id);
		model.addAttribute("lastChange", this.editing.lastChange(admin, id).orElse(null));
		F form = admin.formOf(entity);
		Optional<Draft> pending = this.queue.pendingDraft(path, id);
		if (pending.isPresent() && this.queue.isDrafter(pending.get(), user.getName())) {
			// The drafter carries on from their pending draft, against the version
			// published now.
			try {
				form = this.queue.formOf(admin, pending.get());
				form.setVersion(entity.getVersion());
			}
			catch (DraftUnreadableException unreadable) {
				model.addAttribute("draftNotCarriedOver", this.messages.getMessage("review.draft.notCarriedOver",
						new Object[] { this.messages.getMessage(unreadable, Locale.ENGLISH) }, Locale.ENGLISH));
			}
		}
		return editPage(admin, entity, form, model, user);
	}

	/**
	 * Nothing typed is lost: a refused or conflicting edit shows the form again with the
	 * editor's input and what was saved or drafted meanwhile. Sending it again from there
	 * means "I have seen that change and mine should win".
	 */
	@PostMapping("/{path}/{id}")
	<E extends EditableContent, F extends ContentForm> String update(@PathVariable String path, @PathVariable long id,
			@Valid @ModelAttribute(FORM) F form, BindingResult result,
			@RequestParam(required = false) Integer draftVersion, HttpServletResponse response, Model model,
			Principal user, RedirectAttributes redirect) {
		ContentAdmin<E, F> admin = this.admins.get(path);
		DraftOutcome outcome = this.drafting.draftEdit(admin, id, form, result, draftVersion, user.getName());
		if (outcome.isDrafted()) {
			redirect.addFlashAttribute("drafted", true);
			return "redirect:/admin/" + path + "/" + id;
		}
		if (outcome.isConflict()) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
		}
		if (outcome.conflict() != null) {
			form.setVersion(outcome.conflict().currentVersion());
			model.addAttribute("conflict", outcome.conflict());
		}
		return editPage(admin, admin.require(id), form, model, user);
	}

	@GetMapping("/{path}/{id}/delete")
	<E extends EditableContent, F extends ContentForm> String confirmDelete(@PathVariable String path,
			@PathVariable long id, Model model) {
		ContentAdmin<E, F> admin = this.admins.get(path);
		E entity = admin.require(id);
		return deletePage(admin, entity, admin.deletionBlocker(entity), model);
	}

	@PostMapping("/{path}/{id}/delete")
	<E extends EditableContent, F extends ContentForm> String delete(@PathVariable String path, @PathVariable long id,
			Model model, Principal user, RedirectAttributes redirect) {
		ContentAdmin<E, F> admin = this.admins.get(path);
		Optional<MessageSourceResolvable> refusal = this.drafting.draftDelete(admin, id, user.getName());
		if (refusal.isPresent()) {
			return deletePage(admin, admin.require(id), refusal, model);
		}
		redirect.addFlashAttribute("drafted", true);
		return "redirect:/admin/" + path + "/" + id;
	}

	@GetMapping("/{path}/{id}/history")
	<E extends EditableContent, F extends ContentForm> String history(@PathVariable String path, @PathVariable long id,
			Model model) {
		ContentAdmin<E, F> admin = this.admins.get(path);
		E entity = admin.require(id);
		model.addAttribute("admin", admin);
		model.addAttribute("item", entity);
		model.addAttribute("title", admin.titleOf(entity));
		model.addAttribute("history", this.editing.history(admin, id));
		return "admin/history";
	}

	/**
	 * @param version the item's version the history page showed: a restore from a page
	 * that is out of date would undo a change the editor has not seen, so it is answered
	 * with a conflict (409) instead
	 */
	@PostMapping("/{path}/{id}/history/{revision}/restore")
	<E extends EditableContent, F extends ContentForm> String restore(@PathVariable String path, @PathVariable long id,
			@PathVariable long revision, @RequestParam int version, Model model, HttpServletResponse response,
			Principal user, RedirectAttributes redirect) {
		ContentAdmin<E, F> admin = this.admins.get(path);
		DraftOutcome outcome = this.drafting.draftRestore(admin, id, revision, version, user.getName());
		if (outcome.status() == DraftOutcome.Status.CHANGED_MEANWHILE) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("restoreConflict", true);
			model.addAttribute("lastChange", this.editing.lastChange(admin, id).orElse(null));
			return history(path, id, model);
		}
		if (outcome.isDrafted()) {
			redirect.addFlashAttribute("restored", revision);
		}
		else {
			redirect.addFlashAttribute("restoreProblems", outcome.problems());
		}
		return "redirect:/admin/" + path + "/" + id + "/history";
	}

	private <E extends EditableContent, F extends ContentForm> String editPage(ContentAdmin<E, F> admin, E entity,
			F form, Model model, Principal user) {
		if (entity != null) {
			Optional<Draft> pending = this.queue.pendingDraft(admin.path(), entity.getId());
			model.addAttribute("pendingDraft", pending.orElse(null));
			model.addAttribute("ownDraft",
					pending.map((draft) -> this.queue.isDrafter(draft, user.getName())).orElse(false));
			model.addAttribute("rejection",
					pending.isPresent() ? null : this.queue.openRejection(admin, entity).orElse(null));
		}
		return editPage(admin, entity, form, model);
	}

	private <E extends EditableContent, F extends ContentForm> String editPage(ContentAdmin<E, F> admin, E entity,
			F form, Model model) {
		model.addAttribute("admin", admin);
		model.addAttribute("item", entity);
		model.addAttribute("title", (entity == null) ? null : admin.titleOf(entity));
		model.addAttribute(FORM, form);
		model.addAllAttributes(admin.formOptions());
		model.addAttribute("citesSources", form instanceof CitedContentForm);
		model.addAttribute("allSources", this.sources.findAllWithAddressesBy().stream().sorted().toList());
		return "admin/edit";
	}

	private <E extends EditableContent, F extends ContentForm> String deletePage(ContentAdmin<E, F> admin, E entity,
			Optional<MessageSourceResolvable> blocker, Model model) {
		model.addAttribute("admin", admin);
		model.addAttribute("item", entity);
		model.addAttribute("title", admin.titleOf(entity));
		model.addAttribute("blocker",
				blocker.map((reason) -> this.messages.getMessage(reason, Locale.ENGLISH)).orElse(null));
		return "admin/delete";
	}

}
