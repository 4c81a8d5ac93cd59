package org.baclofen.reference.source;

import org.baclofen.reference.content.SourceRepository;
import org.baclofen.reference.search.ContentCatalogue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SourceController {

	private final SourceRepository sources;

	private final ContentCatalogue catalogue;

	SourceController(SourceRepository sources, ContentCatalogue catalogue) {
		this.sources = sources;
		this.catalogue = catalogue;
	}

	@GetMapping("/sources")
	String list(Model model) {
		model.addAttribute("sources", this.sources.findAllWithAddressesBy().stream().sorted().toList());
		model.addAttribute("citationsBySource", this.catalogue.citationsBySource());
		return "sources/sourceList";
	}

}
