package org.baclofen.reference.screening;

import java.util.List;

import jakarta.validation.Valid;
import org.baclofen.reference.content.Source;
import org.baclofen.reference.interaction.Severity;
import org.baclofen.reference.safety.SafetyItem;
import org.baclofen.reference.safety.SafetyKind;
import org.baclofen.reference.system.JsonApi;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The check as a JSON API, for other systems. The response shape is a published contract:
 * fields may be added, never renamed or removed.
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

	/**
	 * @param medications the entries checked, after splitting each element as the check
	 * page splits its box
	 * @param duplicateTherapy entries that are baclofen itself or one of its products
	 * @param unmatched entries (or parts of entries) that matched no stored name
	 * @param suggestions stored names close to an unmatched entry; offered only, never
	 * counted as a match
	 */
	record CheckResponse(List<MatchBody> matches, List<ConditionWarningBody> conditionWarnings, List<String> unmatched,
			List<String> conditionsWithoutWarnings, List<String> medications, List<DuplicateBody> duplicateTherapy,
			List<SuggestionBody> suggestions) {

		static CheckResponse of(ScreeningResult result) {
			return new CheckResponse(result.matches().stream().map(MatchBody::of).toList(),
					result.conditionWarnings().stream().map(ConditionWarningBody::of).toList(),
					result.unmatched().stream().map(MedicationMatcher.Unmatched::text).toList(),
					result.conditionsWithoutWarnings().stream().map(ScreeningCondition::getCode).toList(),
					result.medications(),
					result.duplicates()
						.stream()
						.map((duplicate) -> new DuplicateBody(duplicate.input(), duplicate.matchedName()))
						.toList(),
					result.unmatched()
						.stream()
						.filter((unmatched) -> !unmatched.suggestions().isEmpty())
						.map((unmatched) -> new SuggestionBody(unmatched.text(), unmatched.suggestions()))
						.toList());
		}

	}

	/**
	 * @param warnings stored warnings and precautions that apply whenever this
	 * interaction is found (the concomitant-opioid precaution for opioids)
	 */
	record MatchBody(String input, String matchedName, String interactant, Severity severity, String effect,
			String management, List<String> sources, String link, List<SafetyItemBody> warnings) {

		static MatchBody of(MedicationMatch match) {
			var interaction = match.interaction();
			return new MatchBody(match.input(), match.matchedName(), interaction.getInteractant(),
					interaction.getSeverity(), text(interaction.getEffectParagraphs()),
					text(interaction.getManagementParagraphs()), codes(interaction.getSources()),
					"/interactions#" + interaction.getSlug(),
					interaction.getSafetyItems().stream().map(SafetyItemBody::of).toList());
		}

	}

	record SafetyItemBody(SafetyKind kind, String title, String advice, List<String> sources, String link) {

		static SafetyItemBody of(SafetyItem item) {
			return new SafetyItemBody(item.getKind(), item.getCondition(), text(item.getAdviceParagraphs()),
					codes(item.getSources()), item.publicLink());
		}

	}

	/**
	 * An entry that is baclofen itself: the check is about adding baclofen, so this is
	 * duplicate therapy.
	 */
	record DuplicateBody(String input, String matchedName) {
	}

	/**
	 * @param unmatched as listed in {@code unmatched}
	 */
	record SuggestionBody(String unmatched, List<String> didYouMean) {
	}

	record ConditionWarningBody(String condition, SafetyKind kind, String title, String advice, List<String> sources,
			String link) {

		static ConditionWarningBody of(ScreeningResult.ConditionWarning warning) {
			var item = warning.item();
			return new ConditionWarningBody(warning.condition().getCode(), item.getKind(), item.getCondition(),
					text(item.getAdviceParagraphs()), codes(item.getSources()), item.publicLink());
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
