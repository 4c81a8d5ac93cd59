package org.baclofen.reference.screening;

import java.util.List;

import org.baclofen.reference.interaction.Severity;
import org.baclofen.reference.safety.SafetyKind;
import org.baclofen.reference.source.Source;
import org.baclofen.reference.system.JsonApi;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import jakarta.validation.Valid;

/**
 * The check as a JSON API, for other systems. The response shape is a published contract: fields may be
 * added, never renamed or removed.
 */
@JsonApi("/api/interactions")
class ScreeningApiController {

	private final PatientScreening screening;

	ScreeningApiController(PatientScreening screening) {
		this.screening = screening;
	}

	@PostMapping("/check")
	CheckResponse check(@Valid @RequestBody ScreeningRequest request) {
		return CheckResponse.of(this.screening.screen(request));
	}

	@GetMapping("/conditions")
	List<ConditionBody> conditions() {
		return this.screening.conditions()
			.stream()
			.map((condition) -> new ConditionBody(condition.getCode(), condition.getLabel()))
			.toList();
	}

	record CheckResponse(List<MatchBody> matches, List<ConditionWarningBody> conditionWarnings, List<String> unmatched,
			List<String> conditionsWithoutWarnings) {

		static CheckResponse of(ScreeningResult result) {
			return new CheckResponse(result.matches().stream().map(MatchBody::of).toList(),
					result.conditionWarnings().stream().map(ConditionWarningBody::of).toList(), result.unmatched(),
					result.conditionsWithoutWarnings().stream().map(ScreeningCondition::getCode).toList());
		}

	}

	record MatchBody(String input, String matchedName, String interactant, Severity severity, String effect,
			String management, List<String> sources, String link) {

		static MatchBody of(MedicationMatch match) {
			var interaction = match.interaction();
			return new MatchBody(match.input(), match.matchedName(), interaction.getInteractant(),
					interaction.getSeverity(), text(interaction.getEffectParagraphs()),
					text(interaction.getManagementParagraphs()), codes(interaction.getSources()),
					"/interactions#" + interaction.getSlug());
		}

	}

	record ConditionWarningBody(String condition, SafetyKind kind, String title, String advice, List<String> sources,
			String link) {

		static ConditionWarningBody of(ScreeningResult.ConditionWarning warning) {
			var item = warning.item();
			return new ConditionWarningBody(warning.condition().getCode(), item.getKind(), item.getCondition(),
					text(item.getAdviceParagraphs()), codes(item.getSources()), "/safety#" + item.getAnchor());
		}

	}

	record ConditionBody(String code, String label) {
	}

	/** Stored prose goes out as written: paragraphs separated by a blank line. */
	private static String text(List<String> paragraphs) {
		return String.join("\n\n", paragraphs);
	}

	private static List<String> codes(List<Source> sources) {
		return sources.stream().map(Source::getCode).toList();
	}

}
