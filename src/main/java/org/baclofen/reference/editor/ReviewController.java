package org.baclofen.reference.editor;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review queue and the review screen (reviewers and admins), and each editor's own
 * drafts. A decision names the draft version the screen showed, so a decision on an
 * out-of-date screen is a conflict.
 */
@Controller
class ReviewController {

	private static final String REVIEW_PAGE = "review/draft";

	private final DraftQueue queue;

	private final Publishing publishing;

	private final PlanEffects effects;

	private final MessageSource messages;

	ReviewController(DraftQueue queue, Publishing publishing, PlanEffects effects, MessageSource messages) {
		this.queue = queue;
		this.publishing = publishing;
		this.effects = effects;
		this.messages = messages;
	}

	@GetMapping("/admin/review")
	String queue(Model model) {
		model.addAttribute("drafts", this.queue.queue());
		return "review/queue";
	}

	@GetMapping("/admin/drafts")
	String myDrafts(Model model, Principal user) {
		model.addAttribute("drafts", this.queue.draftsOf(user.getName()));
		return "review/mine";
	}

	@GetMapping("/admin/reference-plans")
	String referencePlans(Model model) {
		model.addAttribute("plans", this.effects.referencePlanNames());
		return "review/reference-plans";
	}

	@GetMapping("/admin/review/{draftId}")
	String show(@PathVariable long draftId, Model model, Principal user) {
		DraftQueue.DraftReview shown = this.queue.review(draftId);
		model.addAttribute("review", shown);
		model.addAttribute("ownDraft", this.queue.isDrafter(shown.draft(), user.getName()));
		model.addAttribute("effects", this.effects.of(shown.draft()));
		return REVIEW_PAGE;
	}

	@PostMapping("/admin/review/{draftId}/approve")
	String approve(@PathVariable long draftId, @RequestParam int version,
			@RequestParam(defaultValue = "false") boolean reviewed, Principal user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return decide(draftId, model, response, redirect,
				() -> this.publishing.approve(draftId, version, user.getName(), reviewed), user);
	}

	@PostMapping("/admin/review/{draftId}/publish-without-review")
	String publishWithoutReview(@PathVariable long draftId, @RequestParam int version,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "false") boolean reviewed,
			Principal user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return decide(draftId, model, response, redirect,
				() -> this.publishing.publishWithoutReview(draftId, version, user.getName(), reason, reviewed), user);
	}

	@PostMapping("/admin/review/{draftId}/reject")
	String reject(@PathVariable long draftId, @RequestParam int version,
			@RequestParam(defaultValue = "") String comment, Principal user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return decide(draftId, model, response, redirect,
				() -> this.publishing.reject(draftId, version, user.getName(), comment), user);
	}

	/**
	 * Runs a decision; a refused one shows the review screen again with why: 403 for the
	 * drafter's own draft, 409 when the draft or its item changed meanwhile, 422 for a
	 * missing (or too long) comment or reason.
	 */
	private String decide(long draftId, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Runnable decision, Principal user) {
		try {
			decision.run();
		}
		catch (SelfApprovalException ownDraft) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return refused(draftId, ownDraft, model, user);
		}
		catch (MissingNoteException missing) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return refused(draftId, missing, model, user);
		}
		catch (DraftRefusedException changedOrInvalid) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return refused(draftId, changedOrInvalid, model, user);
		}
		redirect.addFlashAttribute("decided", draftId);
		return "redirect:/admin/review";
	}

	private String refused(long draftId, DraftRefusedException refusal, Model model, Principal user) {
		model.addAttribute("refusalMessage", this.messages.getMessage(refusal, Locale.ENGLISH));
		return show(draftId, model, user);
	}

}
