package org.baclofen.reference.admin;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.baclofen.reference.content.EditableContent;
import org.baclofen.reference.source.SourceRepository;
import org.springframework.context.MessageSource;
import org.springframework.core.convert.ConversionService;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The content admin pages for every kind of content: list, create, edit, delete, history and restore.
 * One controller serves all kinds; what differs between kinds lives in their {@link ContentAdmin}.
 * Forms are bound by hand because their class depends on the kind in the path.
 */
@Controller
@RequestMapping("/admin")
class AdminContentController {

	private static final String FORM = "form";

	private final ContentAdmins admins;

	private final ContentEditing editing;

	private final SourceRepository sources;

	private final Validator validator;

	private final ConversionService conversionService;

	private final MessageSource messages;

	AdminContentController(ContentAdmins admins, ContentEditing editing, SourceRepository sources, Validator validator,
			@Qualifier("mvcConversionService") ConversionService conversionService, MessageSource messages) {
		this.admins = admins;
		this.editing = editing;
		this.sources = sources;
		this.validator = validator;
		this.conversionService = conversionService;
		this.messages = messages;
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

	@GetMapping("/{kind}")
	<E extends EditableContent, F extends ContentForm> String list(@PathVariable String kind, Model model) {
		ContentAdmin<E, F> admin = this.admins.get(kind);
		model.addAttribute("admin", admin);
		model.addAttribute("items", admin.findAll());
		return "admin/list";
	}

	@GetMapping("/{kind}/new")
	<E extends EditableContent, F extends ContentForm> String newForm(@PathVariable String kind, Model model) {
		ContentAdmin<E, F> admin = this.admins.get(kind);
		return editPage(admin, null, admin.newForm(), model);
	}

	@PostMapping("/{kind}")
	<E extends EditableContent, F extends ContentForm> String create(@PathVariable String kind, HttpServletRequest request,
			Model model, Principal user, RedirectAttributes redirect) {
		ContentAdmin<E, F> admin = this.admins.get(kind);
		F form = admin.newForm();
		BindingResult result = bind(form, request);
		admin.validate(form, null, result);
		if (!form.isReviewed()) {
			result.rejectValue("reviewed", "admin.reviewed.requiredOnCreate");
		}
		if (result.hasErrors()) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
			return editPage(admin, null, form, model);
		}
		long id;
		try {
			id = this.editing.create(admin, form, user.getName());
		}
		catch (DataIntegrityViolationException takenMeanwhile) {
			return fieldErrorsAfterRace(admin, null, form, result, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/" + kind + "/" + id;
	}

	@GetMapping("/{kind}/{id}")
	<E extends EditableContent, F extends ContentForm> String edit(@PathVariable String kind, @PathVariable long id,
			Model model) {
		ContentAdmin<E, F> admin = this.admins.get(kind);
		E entity = admin.require(id);
		model.addAttribute("lastChange", this.editing.lastChange(admin, id));
		return editPage(admin, entity, admin.formOf(entity), model);
	}

	@PostMapping("/{kind}/{id}")
	<E extends EditableContent, F extends ContentForm> String update(@PathVariable String kind, @PathVariable long id,
			HttpServletRequest request, HttpServletResponse response, Model model, Principal user,
			RedirectAttributes redirect) {
		ContentAdmin<E, F> admin = this.admins.get(kind);
		E entity = admin.require(id);
		F form = admin.newForm();
		BindingResult result = bind(form, request);
		admin.validate(form, entity, result);
		if (result.hasErrors()) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
			return editPage(admin, entity, form, model);
		}
		ContentEditing.Conflict conflict;
		try {
			conflict = this.editing.update(admin, id, form, user.getName());
		}
		catch (ConcurrencyFailureException savedMeanwhile) {
			conflict = this.editing.conflict(admin, id, form);
		}
		catch (DataIntegrityViolationException takenMeanwhile) {
			return fieldErrorsAfterRace(admin, entity, form, result, model);
		}
		if (conflict != null) {
			// Nothing typed is lost: the form keeps the editor's input, and shows what the other person saved.
			// Saving again from here means "I have seen their change and mine should win".
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			form.setVersion(conflict.currentVersion());
			model.addAttribute("conflict", conflict);
			return editPage(admin, admin.require(id), form, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/" + kind + "/" + id;
	}

	@GetMapping("/{kind}/{id}/delete")
	<E extends EditableContent, F extends ContentForm> String confirmDelete(@PathVariable String kind,
			@PathVariable long id, Model model) {
		ContentAdmin<E, F> admin = this.admins.get(kind);
		E entity = admin.require(id);
		model.addAttribute("admin", admin);
		model.addAttribute("item", entity);
		model.addAttribute("title", admin.titleOf(entity));
		model.addAttribute("blocker",
				admin.deletionBlocker(entity).map((reason) -> this.messages.getMessage(reason, Locale.ENGLISH)).orElse(null));
		return "admin/delete";
	}

	@PostMapping("/{kind}/{id}/delete")
	<E extends EditableContent, F extends ContentForm> String delete(@PathVariable String kind, @PathVariable long id,
			Model model, RedirectAttributes redirect) {
		ContentAdmin<E, F> admin = this.admins.get(kind);
		String title = admin.titleOf(admin.require(id));
		try {
			this.editing.delete(admin, id);
		}
		catch (IllegalStateException blocked) {
			return confirmDelete(kind, id, model);
		}
		catch (DataIntegrityViolationException stillReferenced) {
			String page = confirmDelete(kind, id, model);
			model.addAttribute("blocker", this.messages.getMessage("admin.delete.stillReferenced", null, Locale.ENGLISH));
			return page;
		}
		redirect.addFlashAttribute("deleted", title);
		return "redirect:/admin/" + kind;
	}

	@GetMapping("/{kind}/{id}/history")
	<E extends EditableContent, F extends ContentForm> String history(@PathVariable String kind, @PathVariable long id,
			Model model) {
		ContentAdmin<E, F> admin = this.admins.get(kind);
		E entity = admin.require(id);
		model.addAttribute("admin", admin);
		model.addAttribute("item", entity);
		model.addAttribute("title", admin.titleOf(entity));
		model.addAttribute("history", this.editing.history(admin, id));
		return "admin/history";
	}

	/**
	 * @param version the item's version the history page showed: a restore from a page that is out of date
	 * would undo a change the editor has not seen, so it is answered with a conflict (409) instead
	 */
	@PostMapping("/{kind}/{id}/history/{revision}/restore")
	<E extends EditableContent, F extends ContentForm> String restore(@PathVariable String kind, @PathVariable long id,
			@PathVariable long revision, @RequestParam int version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		ContentAdmin<E, F> admin = this.admins.get(kind);
		List<String> problems;
		try {
			problems = this.editing.restore(admin, id, revision, version);
		}
		catch (ConcurrencyFailureException changedMeanwhile) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("restoreConflict", true);
			model.addAttribute("lastChange", this.editing.lastChange(admin, id));
			return history(kind, id, model);
		}
		catch (DataIntegrityViolationException takenMeanwhile) {
			problems = List.of(this.messages.getMessage("admin.saveRaced", null, Locale.ENGLISH));
		}
		if (problems.isEmpty()) {
			redirect.addFlashAttribute("restored", revision);
		}
		else {
			redirect.addFlashAttribute("restoreProblems", problems);
		}
		return "redirect:/admin/" + kind + "/" + id + "/history";
	}

	/**
	 * A save that lost a race for a unique value (a slug, a code) that was still free when the form was checked:
	 * checked again now, the field that is taken gets its usual message.
	 */
	private <E extends EditableContent, F extends ContentForm> String fieldErrorsAfterRace(ContentAdmin<E, F> admin,
			E existing, F form, BindingResult result, Model model) {
		admin.validate(form, existing, result);
		if (!result.hasErrors()) {
			result.reject("admin.saveRaced");
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
		return editPage(admin, existing, form, model);
	}

	private <E extends EditableContent, F extends ContentForm> String editPage(ContentAdmin<E, F> admin, E entity, F form,
			Model model) {
		model.addAttribute("admin", admin);
		model.addAttribute("item", entity);
		model.addAttribute("title", (entity == null) ? null : admin.titleOf(entity));
		model.addAttribute(FORM, form);
		model.addAllAttributes(admin.formOptions());
		model.addAttribute("citesSources", form instanceof CitedContentForm);
		model.addAttribute("allSources", this.sources.findAllWithAddressesBy().stream().sorted().toList());
		return "admin/edit";
	}

	private BindingResult bind(ContentForm form, HttpServletRequest request) {
		ServletRequestDataBinder binder = new ServletRequestDataBinder(form, FORM);
		binder.setConversionService(this.conversionService);
		binder.setValidator(this.validator);
		binder.bind(request);
		binder.validate();
		BindingResult result = binder.getBindingResult();
		// A source ticked in this form may have been deleted meanwhile (or the post tampered with).
		if (form instanceof CitedContentForm cited && !result.hasFieldErrors("sourceIds")
				&& this.sources.findAllById(cited.getSourceIds()).size() != cited.getSourceIds().size()) {
			result.rejectValue("sourceIds", "admin.sources.unknown");
		}
		return result;
	}

}
