package org.baclofen.reference.changelog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The editors' list of content past its review date, most overdue first. */
@Controller
class DueForReviewController {

	private final ReviewSchedule schedule;

	DueForReviewController(ReviewSchedule schedule) {
		this.schedule = schedule;
	}

	@GetMapping("/admin/due")
	String due(Model model) {
		model.addAttribute("due", this.schedule.overdue());
		return "changes/due";
	}

}
