package org.baclofen.reference.interaction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.baclofen.reference.guidance.GuidanceNoteRepository;
import org.baclofen.reference.guidance.GuidanceTopic;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class InteractionController {

	private final InteractionRepository interactions;

	private final SeverityLevelRepository severityLevels;

	private final GuidanceNoteRepository notes;

	InteractionController(InteractionRepository interactions, SeverityLevelRepository severityLevels,
			GuidanceNoteRepository notes) {
		this.interactions = interactions;
		this.severityLevels = severityLevels;
		this.notes = notes;
	}

	@GetMapping("/interactions")
	String list(Model model) {
		Map<String, List<SeverityLevel>> levelsByScale = this.severityLevels.findAllByOrderByScaleAscRankAsc()
			.stream()
			.collect(Collectors.groupingBy(SeverityLevel::getScale, LinkedHashMap::new, Collectors.toList()));
		List<SeverityLevel> appScale = levelsByScale.getOrDefault(SeverityLevel.APP_SCALE, List.of());
		model.addAttribute("appScale", appScale);
		levelsByScale.remove(SeverityLevel.APP_SCALE);
		model.addAttribute("otherScales", levelsByScale);
		model.addAttribute("interactions", new SeverityRanking(appScale).worstFirst(this.interactions.findAllBy()));
		model.addAttribute("notes",
				this.notes.findByTopics(List.of(GuidanceTopic.INTERACTIONS)).get(GuidanceTopic.INTERACTIONS));
		return "interactions/interactionList";
	}

}
