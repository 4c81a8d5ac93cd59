package org.baclofen.reference.screening;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a clinician asks to have checked: the patient's other medicines, one per entry,
 * and condition codes. The JSON API receives it as its body and the check page builds it
 * from the form, so both are validated by the same constraints. Entries are stripped of
 * surrounding spaces before validation; missing conditions mean none. An element may
 * itself be a list ("oxycodone and Xanax"): it is split exactly as the page splits its
 * box, and the limit on medicines applies to the entries after splitting.
 */
@EntriesWithinLimit
public record ScreeningRequest(
		@NotNull(message = "{screening.medications.required}") @Size(max = MedicationMatcher.MAX_ENTRIES,
				message = "{screening.medications.tooMany}") List<@NotBlank(
						message = "{screening.medication.blank}") @Size(max = MedicationMatcher.MAX_ENTRY_LENGTH,
								message = "{screening.medication.tooLong}") String> medications,
		@Size(max = ScreeningRequest.MAX_CONDITIONS, message = "{screening.conditions.tooMany}") List<@NotBlank(
				message = "{screening.condition.blank}") @KnownCondition String> conditions) {

	/**
	 * More codes than there are conditions can only be a mistake; the limit keeps the
	 * lookups bounded.
	 */
	public static final int MAX_CONDITIONS = 50;

	public ScreeningRequest {
		medications = stripped(medications);
		conditions = (conditions != null) ? stripped(conditions) : List.of();
	}

	/**
	 * The medicines to check, each element split as the check page splits its box, each
	 * entry once.
	 */
	public List<String> entries() {
		return MedicationList.split(this.medications);
	}

	/**
	 * Stripped copy that keeps null elements, so validation can report them at their
	 * index.
	 */
	private static List<String> stripped(List<String> values) {
		return (values != null) ? values.stream().map((value) -> (value != null) ? value.strip() : null).toList()
				: null;
	}

}
