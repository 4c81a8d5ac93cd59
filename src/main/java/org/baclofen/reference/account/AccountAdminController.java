package org.baclofen.reference.account;

import java.security.Principal;

import jakarta.validation.Valid;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

	private final AccountAdministration accounts;

	private final LoginLimits limits;

	AccountAdminController(AccountAdministration accounts, LoginLimits limits) {
		this.accounts = accounts;
		this.limits = limits;
	}

	@GetMapping
	String list(Model model) {
		if (!model.containsAttribute("accountForm")) {
			model.addAttribute("accountForm", new AccountForm());
		}
		model.addAttribute("accounts", this.accounts.all());
		model.addAttribute("roles", Role.values());
		return "account/accounts";
	}

	/** Who is failing to sign in, and which attempts wait. */
	@GetMapping("/sign-in-limits")
	String signInLimits(Model model) {
		model.addAttribute("counts", this.accounts.failedSignIns());
		model.addAttribute("maxListed", AccountAdministration.MAX_LISTED_COUNTS);
		model.addAttribute("limits", this.limits);
		return "account/sign-in-limits";
	}

	@PostMapping
	String create(@Valid @ModelAttribute AccountForm accountForm, BindingResult result, Model model, Principal user,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("username") && this.accounts.exists(accountForm.getUsername())) {
			result.rejectValue("username", "account.username.taken");
		}
		if (result.hasErrors()) {
			return list(model);
		}
		String password;
		try {
			password = this.accounts.create(accountForm, user.getName());
		}
		catch (DataIntegrityViolationException takenMeanwhile) {
			// Another admin created the same username between the check above and this
			// insert.
			result.rejectValue("username", "account.username.taken");
			return list(model);
		}
		redirect.addFlashAttribute("oneTimePassword", password);
		redirect.addFlashAttribute("forUsername", accountForm.getUsername());
		return "redirect:/admin/accounts";
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
		AccountAdministration.PasswordReset reset = this.accounts.resetPassword(id);
		redirect.addFlashAttribute("oneTimePassword", reset.oneTimePassword());
		redirect.addFlashAttribute("forUsername", reset.username());
		return "redirect:/admin/accounts";
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, Principal user,
			RedirectAttributes redirect) {
		return refusedOrDone(() -> this.accounts.setEnabled(id, enabled, user.getName()), redirect);
	}

	@PostMapping("/{id}/role")
	String changeRole(@PathVariable long id, @RequestParam Role role, Principal user, RedirectAttributes redirect) {
		return refusedOrDone(() -> {
			if (this.accounts.changeRole(id, role, user.getName())) {
				redirect.addFlashAttribute("roleRequested", true);
			}
		}, redirect);
	}

	/** Another admin's request for a reviewer or admin role, approved by this admin. */
	@PostMapping("/{id}/role/approval")
	String approveRole(@PathVariable long id, Principal user, RedirectAttributes redirect) {
		return refusedOrDone(() -> this.accounts.approveRole(id, user.getName()), redirect);
	}

	@PostMapping("/{id}/role/refusal")
	String refuseRole(@PathVariable long id, RedirectAttributes redirect) {
		return refusedOrDone(() -> this.accounts.refuseRole(id), redirect);
	}

	/** Published changes approved by an account their drafter created or elevated. */
	@GetMapping("/appointee-approvals")
	String appointeeApprovals(Model model) {
		model.addAttribute("approvals", this.accounts.appointeeApprovals());
		model.addAttribute("maxListed", AccountAdministration.MAX_LISTED_APPROVALS);
		return "account/appointee-approvals";
	}

	private String refusedOrDone(Runnable change, RedirectAttributes redirect) {
		try {
			change.run();
			redirect.addFlashAttribute("changed", true);
		}
		catch (IllegalStateException refused) {
			redirect.addFlashAttribute("refused", refused.getMessage());
		}
		catch (ConcurrencyFailureException changedMeanwhile) {
			redirect.addFlashAttribute("refused", "account.changedMeanwhile");
		}
		return "redirect:/admin/accounts";
	}

}
