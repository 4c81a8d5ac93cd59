package org.baclofen.reference.adverse;

import java.util.List;

import org.baclofen.reference.content.Route;
import org.baclofen.reference.guidance.GuidanceNoteRepository;
import org.baclofen.reference.guidance.GuidanceTopic;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AdverseEffectController {

	private final AdverseEffectRepository adverseEffects;

	private final GuidanceNoteRepository notes;

	AdverseEffectController(AdverseEffectRepository adverseEffects, GuidanceNoteRepository notes) {
		this.adverseEffects = adverseEffects;
		this.notes = notes;
	}

	@GetMapping("/adverse-effects")
	String list(Model model) {
		List<AdverseEffect> all = this.adverseEffects.findAllByOrderBySortOrderAscNameAsc();
		List<AdverseEffect> oral = all.stream().filter((effect) -> effect.getRoute() != Route.INTRATHECAL).toList();
		model.addAttribute("oralGroups", FrequencyGroup.of(oral));
		model.addAttribute("intrathecalGroups",
				FrequencyGroup.of(all.stream().filter((effect) -> effect.getRoute() == Route.INTRATHECAL).toList()));
		model.addAttribute("notes",
				this.notes.findByTopics(List.of(GuidanceTopic.ADVERSE_EFFECTS)).get(GuidanceTopic.ADVERSE_EFFECTS));
		return "adverse/adverseEffectList";
	}

}
