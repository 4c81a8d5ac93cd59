package org.baclofen.reference.account;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every signed-in user's own password: changed here, and required here after a one-time
 * password.
 */
@Controller
class PasswordController {

	private final OwnPassword ownPassword;

	private final SignedInSessions sessions;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	PasswordController(OwnPassword ownPassword, SignedInSessions sessions) {
		this.ownPassword = ownPassword;
		this.sessions = sessions;
	}

	@GetMapping(PasswordChangeRequired.CHANGE_FORM)
	String form(Authentication user, Model model) {
		if (!model.containsAttribute("passwordChangeForm")) {
			model.addAttribute("passwordChangeForm", new PasswordChangeForm());
		}
		model.addAttribute("required", PasswordChangeRequired.required(user));
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		return "account/password";
	}

	@PostMapping(PasswordChangeRequired.CHANGE_FORM)
	String change(@Valid @ModelAttribute PasswordChangeForm passwordChangeForm, BindingResult result,
			Authentication user, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (result.hasErrors()
				|| !this.ownPassword.change(user.getName(), request.getRemoteAddr(), passwordChangeForm, result)) {
			return form(user, model);
		}
		// Whoever signed in with the old password elsewhere (a stolen session, a shared
		// computer) is signed out now; this session stays.
		this.sessions.endAllBut(user.getName(), request.getSession().getId());
		// The one-time mark goes at once: the user may use the admin pages on their next
		// request.
		List<GrantedAuthority> authorities = user.getAuthorities()
			.stream()
			.filter((authority) -> !authority.equals(PasswordChangeRequired.AUTHORITY))
			.map(GrantedAuthority.class::cast)
			.toList();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user.getPrincipal(), null, authorities));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		redirect.addFlashAttribute("passwordChanged", true);
		return "redirect:/admin";
	}

}
