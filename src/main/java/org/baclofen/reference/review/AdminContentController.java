package org.baclofen.reference.review;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.baclofen.reference.admin.CitedContentForm;
import org.baclofen.reference.admin.ContentAdmin;
import org.baclofen.reference.admin.ContentAdmins;
import org.baclofen.reference.admin.ContentEditing;
import org.baclofen.reference.admin.ContentForm;
import org.baclofen.reference.content.EditableContent;
import org.baclofen.reference.content.SourceRepository;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
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
 * that waits for a second person's review (see {@link ContentReview}); the public pages
 * keep the published values until then. One controller serves all kinds; what differs
 * between kinds lives in their {@link ContentAdmin}. The form a post binds to is the
 * kind's own, made by {@link #form} from the kind in the path; the editing service
 * applies the kind's rules that need the database, in the transaction that saves.
 */
@Controller
@RequestMapping("/admin")
class AdminContentController {

	private static final String FORM = "form";

	private final ContentAdmins admins;

	private final ContentEditing editing;

	private final SourceRepository sources;

	private final MessageSource messages;

	private final ContentReview review;

	AdminContentController(ContentAdmins admins, ContentEditing editing, ContentReview review, SourceRepository sources,
			MessageSource messages) {
		this.admins = admins;
		this.review = review;
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

	@GetMapping("/changes")
	String recentChanges(Model model) {
		model.addAttribute("changes", this.editing.recentChanges(30));
		return "admin/changes";
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
		this.editing.check(admin, null, form, result);
		if (result.hasErrors()) {
			return editPage(admin, null, form, model);
		}
		this.review.draftNew(admin, form, user.getName());
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
		Optional<Draft> pending = this.review.pendingDraft(path, id);
		if (pending.isPresent() && this.review.isDrafter(pending.get(), user.getName())) {
			// The drafter carries on from their pending draft, against the version
			// published now.
			form = this.review.formOf(admin, pending.get());
			form.setVersion(entity.getVersion());
		}
		return editPage(admin, entity, form, model, user);
	}

	@PostMapping("/{path}/{id}")
	<E extends EditableContent, F extends ContentForm> String update(@PathVariable String path, @PathVariable long id,
			@Valid @ModelAttribute(FORM) F form, BindingResult result,
			@RequestParam(required = false) Integer draftVersion, HttpServletResponse response, Model model,
			Principal user, RedirectAttributes redirect) {
		ContentAdmin<E, F> admin = this.admins.get(path);
		this.editing.check(admin, id, form, result);
		if (result.hasErrors()) {
			return editPage(admin, admin.require(id), form, model, user);
		}
		Optional<ContentEditing.Conflict> conflict;
		try {
			conflict = this.review.draftEdit(admin, id, form, draftVersion, user.getName());
		}
		catch (ConcurrencyFailureException draftedMeanwhile) {
			// The drafter's own draft was revised in another tab at the same moment:
			// compare with it.
			conflict = this.review.draftEdit(admin, id, form, null, user.getName());
		}
		catch (DraftRefusedException | DataIntegrityViolationException heldByOther) {
			// Someone else's draft holds the item (or took it a moment ago): nothing
			// typed is lost.
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			result.reject("review.refused.heldByOther",
					new Object[] { this.review.pendingDraft(path, id).map(Draft::getDraftedBy).orElse("?") }, null);
			return editPage(admin, admin.require(id), form, model, user);
		}
		if (conflict.isPresent()) {
			// Nothing typed is lost: the form keeps the editor's input, and shows what
			// was saved or drafted
			// meanwhile. Sending it again from here means "I have seen that change and
			// mine should win".
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			form.setVersion(conflict.get().currentVersion());
			model.addAttribute("conflict", conflict.get());
			return editPage(admin, admin.require(id), form, model, user);
		}
		redirect.addFlashAttribute("drafted", true);
		return "redirect:/admin/" + path + "/" + id;
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
		E entity = admin.require(id);
		Optional<MessageSourceResolvable> blocker = admin.deletionBlocker(entity)
			.or(() -> this.review.deletionRefusal(admin, id));
		if (blocker.isPresent()) {
			return deletePage(admin, entity, blocker, model);
		}
		try {
			this.review.draftDelete(admin, id, user.getName());
		}
		catch (DraftRefusedException | DataIntegrityViolationException heldByOther) {
			return deletePage(admin, entity, Optional.of(heldBy(path, id)), model);
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
		List<String> problems;
		try {
			problems = this.review.draftRestore(admin, id, revision, version, user.getName());
		}
		catch (ConcurrencyFailureException changedMeanwhile) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("restoreConflict", true);
			model.addAttribute("lastChange", this.editing.lastChange(admin, id).orElse(null));
			return history(path, id, model);
		}
		catch (DraftRefusedException refused) {
			problems = List.of(this.messages.getMessage(refused, Locale.ENGLISH));
		}
		catch (DataIntegrityViolationException heldByOther) {
			problems = List.of(this.messages.getMessage(heldBy(path, id), Locale.ENGLISH));
		}
		if (problems.isEmpty()) {
			redirect.addFlashAttribute("restored", revision);
		}
		else {
			redirect.addFlashAttribute("restoreProblems", problems);
		}
		return "redirect:/admin/" + path + "/" + id + "/history";
	}

	private <E extends EditableContent, F extends ContentForm> String editPage(ContentAdmin<E, F> admin, E entity,
			F form, Model model, Principal user) {
		if (entity != null) {
			Optional<Draft> pending = this.review.pendingDraft(admin.path(), entity.getId());
			model.addAttribute("pendingDraft", pending.orElse(null));
			model.addAttribute("ownDraft",
					pending.map((draft) -> this.review.isDrafter(draft, user.getName())).orElse(false));
			model.addAttribute("rejection",
					pending.isPresent() ? null : this.review.openRejection(admin, entity).orElse(null));
		}
		return editPage(admin, entity, form, model);
	}

	/** Why an item cannot be drafted now: someone else's draft holds it. */
	private MessageSourceResolvable heldBy(String path, long id) {
		return new DefaultMessageSourceResolvable(new String[] { "review.refused.heldByOther" },
				new Object[] { this.review.pendingDraft(path, id).map(Draft::getDraftedBy).orElse("?") });
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
