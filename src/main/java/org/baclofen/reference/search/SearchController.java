package org.baclofen.reference.search;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

	private final ContentCatalogue catalogue;

	private final MessageSource messages;

	SearchController(ContentCatalogue catalogue, MessageSource messages) {
		this.messages = messages;
		this.catalogue = catalogue;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String q, Model model) {
		String normalized = SearchQuery.normalize(q);
		model.addAttribute("q", normalized);
		if (normalized.isEmpty()) {
			return "search/search";
		}
		String problem = SearchQuery.problem(normalized);
		if (problem != null) {
			model.addAttribute("problem", problem);
			model.addAttribute("minLength", SearchQuery.MIN_LENGTH);
			model.addAttribute("maxLength", SearchQuery.MAX_LENGTH);
			return "search/search";
		}
		SearchQuery query = SearchQuery.of(normalized);
		List<CatalogueEntry> entries = this.catalogue.entries();
		// A title that answers the query ranks first, and so does the group that holds it
		// (groups keep the order their first hits come in); otherwise the catalogue's
		// order stands.
		Map<ContentKind, List<SearchHit>> hitsByKind = entries.stream()
			.filter((entry) -> query.matches(entry,
					this.messages.getMessage("content.kind." + entry.kind().name(), null, Locale.ENGLISH)))
			.map((entry) -> SearchHit.of(entry, query))
			.sorted(Comparator.comparingInt(SearchHit::rank).reversed())
			.collect(Collectors.groupingBy(SearchHit::kind, LinkedHashMap::new, Collectors.toList()));
		model.addAttribute("hitsByKind", hitsByKind);
		int hitCount = hitsByKind.values().stream().mapToInt(List::size).sum();
		model.addAttribute("hitCount", hitCount);
		if (hitCount == 0) {
			SpellingSuggestion.of(entries.stream().map((entry) -> entry.title() + " " + entry.text()).toList())
				.suggest(normalized)
				.ifPresent((suggestion) -> model.addAttribute("suggestion", suggestion));
		}
		return "search/search";
	}

}
