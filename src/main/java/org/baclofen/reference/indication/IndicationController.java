package org.baclofen.reference.indication;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.baclofen.reference.guidance.GuidanceNoteRepository;
import org.baclofen.reference.guidance.GuidanceTopic;
import org.baclofen.reference.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class IndicationController {

	private final IndicationRepository indications;

	private final GuidanceNoteRepository notes;

	IndicationController(IndicationRepository indications, GuidanceNoteRepository notes) {
		this.indications = indications;
		this.notes = notes;
	}

	@GetMapping("/indications")
	String list(Model model) {
		Map<IndicationStatus, List<Indication>> byStatus = this.indications.findAllByOrderBySortOrderAscNameAsc()
			.stream()
			.collect(Collectors.groupingBy(Indication::getStatus, () -> new EnumMap<>(IndicationStatus.class),
					Collectors.toList()));
		model.addAttribute("indicationsByStatus", byStatus);
		model.addAttribute("notes",
				this.notes.findByTopics(List.of(GuidanceTopic.INDICATIONS)).get(GuidanceTopic.INDICATIONS));
		return "indications/indicationList";
	}

	@GetMapping("/indications/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("indication",
				this.indications.findBySlug(slug).orElseThrow(() -> new NotFoundException("Indication " + slug)));
		return "indications/indicationDetails";
	}

}
