package org.baclofen.reference.safety;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.baclofen.reference.guidance.GuidanceNoteRepository;
import org.baclofen.reference.guidance.GuidanceTopic;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SafetyController {

	private final SafetyItemRepository safetyItems;

	private final GuidanceNoteRepository notes;

	SafetyController(SafetyItemRepository safetyItems, GuidanceNoteRepository notes) {
		this.safetyItems = safetyItems;
		this.notes = notes;
	}

	@GetMapping("/safety")
	String show(Model model) {
		Map<SafetyKind, List<SafetyItem>> byKind = new EnumMap<>(SafetyKind.class);
		for (SafetyKind kind : SafetyKind.values()) {
			byKind.put(kind, List.of());
		}
		byKind.putAll(this.safetyItems.findAllByOrderByBoxedWarningDescSortOrderAsc()
			.stream()
			.collect(Collectors.groupingBy(SafetyItem::getKind)));
		model.addAttribute("itemsByKind", byKind);
		model.addAttribute("notes", this.notes.findByTopics(List.of(GuidanceTopic.SAFETY)).get(GuidanceTopic.SAFETY));
		return "safety/safety";
	}

}
