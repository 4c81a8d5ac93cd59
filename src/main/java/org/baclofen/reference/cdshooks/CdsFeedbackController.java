package org.baclofen.reference.cdshooks;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Admins read what EHRs reported back about the cards, as counts. */
@Controller
class CdsFeedbackController {

	private final CdsFeedback feedback;

	CdsFeedbackController(CdsFeedback feedback) {
		this.feedback = feedback;
	}

	@GetMapping("/admin/cds-feedback")
	String counts(Model model) {
		model.addAttribute("counts", this.feedback.counts());
		return "admin/cds-feedback";
	}

}
