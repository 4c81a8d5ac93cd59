package org.baclofen.reference.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	/**
	 * @param retryIn minutes until sign-in attempts are checked again, after too many;
	 * read only when it is a small number, as anyone can put anything in the address
	 */
	@GetMapping("/login")
	String login(@RequestParam(name = "retryIn", required = false) String retryIn, Model model) {
		if (retryIn != null && retryIn.matches("[1-9][0-9]{0,3}")) {
			model.addAttribute("retryInMinutes", Integer.parseInt(retryIn));
		}
		return "account/login";
	}

}
