package org.baclofen.reference.cdshooks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.baclofen.reference.cdshooks.CdsHooks.Card;
import org.baclofen.reference.cdshooks.CdsHooks.Indicator;
import org.baclofen.reference.screening.MedicationMatch;
import org.baclofen.reference.screening.MedicationMatcher;
import org.baclofen.reference.screening.ScreeningRequest;
import org.baclofen.reference.screening.ScreeningResult;

/**
 * The cards about what the patient's record holds besides the order's own dose: another
 * baclofen order, a medicine whose name matched nothing (with the names the /check page
 * would suggest), a code that could not be looked up, an allergy or a kidney result that
 * could not be read. Each says what was not checked, so an answer without cards always
 * means "checked, nothing found".
 */
final class RecordCards {

	private final Cards cards;

	private final CardTexts texts;

	RecordCards(Cards cards, CardTexts texts) {
		this.cards = cards;
		this.texts = texts;
	}

	/** One card per other baclofen order, draft or active. */
	List<Card> duplicates(List<PatientRecord.OtherMedicine> otherBaclofen) {
		List<Card> cards = new ArrayList<>();
		for (PatientRecord.OtherMedicine other : otherBaclofen) {
			String kind = this.texts.get(other.draft() ? "cds.duplicate.draft" : "cds.duplicate.active");
			cards.add(this.cards.card(CardKind.DUPLICATE_THERAPY,
					this.texts.get("cds.duplicate.summary", kind, other.identified().shownName()),
					this.texts.get("cds.duplicate.detail", other.reference()), Indicator.warning));
		}
		return cards;
	}

	/**
	 * A card for each medicine known by its name only that matched nothing, with the
	 * stored names close to it; and for each code that could not be looked up.
	 */
	List<Card> unrecognised(List<PatientRecord.OtherMedicine> medicines, ScreeningResult screened) {
		Set<String> matchedInputs = new LinkedHashSet<>();
		screened.matches().stream().map(MedicationMatch::input).forEach(matchedInputs::add);
		screened.duplicates().stream().map(MedicationMatcher.DuplicateTherapy::input).forEach(matchedInputs::add);
		List<Card> cards = new ArrayList<>();
		for (PatientRecord.OtherMedicine medicine : medicines) {
			MedicineIdentifier.Identified identified = medicine.identified();
			if (identified.isUnreadable()) {
				cards.add(this.cards.card(CardKind.UNREADABLE,
						this.texts.get("cds.medicine.unreadable.summary", medicine.reference()),
						this.texts.get("cds.medicine.unreadable.detail", problems(identified)), Indicator.warning));
				continue;
			}
			List<String> entries = entries(identified.screenedNames());
			if (!identified.coded() && entries.stream().noneMatch(matchedInputs::contains)) {
				List<String> suggestions = suggestions(screened, entries);
				cards.add(this.cards.card(CardKind.UNRECOGNISED_MEDICINE,
						this.texts.get("cds.medicine.unrecognised.summary", identified.shownName()),
						this.texts.get("cds.medicine.unrecognised.detail", identified.shownName(),
								suggestions.isEmpty() ? ""
										: this.texts.get("cds.medicine.didYouMean", String.join(", ", suggestions))),
						suggestions.isEmpty() ? Indicator.info : Indicator.warning));
			}
			if (!identified.problems().isEmpty()) {
				cards.add(this.cards.card(CardKind.UNREADABLE,
						this.texts.get("cds.medicine.lookup.summary", identified.shownName()),
						this.texts.get("cds.medicine.lookup.detail", problems(identified)), Indicator.info));
			}
		}
		return cards;
	}

	/** Each draft order being checked whose medicine could not be identified. */
	List<Card> unidentifiedOrders(List<PatientRecord.OtherMedicine> orders) {
		List<Card> cards = new ArrayList<>();
		for (PatientRecord.OtherMedicine order : orders) {
			MedicineIdentifier.Identified identified = order.identified();
			if (identified.isUnreadable()) {
				cards.add(this.cards.card(CardKind.UNREADABLE,
						this.texts.get("cds.order.unreadable.summary", order.reference()),
						this.texts.get("cds.order.unreadable.detail", problems(identified)), Indicator.warning));
			}
			else if (!identified.problems().isEmpty()) {
				cards.add(this.cards.card(CardKind.UNREADABLE,
						this.texts.get("cds.order.byName.summary", identified.shownName()),
						this.texts.get("cds.medicine.lookup.detail", problems(identified)), Indicator.info));
			}
		}
		return cards;
	}

	List<Card> allergies(PatientRecord record) {
		return record.unreadableAllergies()
			.stream()
			.map((problem) -> this.cards.card(CardKind.CONDITION, this.texts.get("cds.allergy.unreadable.summary"),
					this.texts.get("cds.allergy.unreadable.detail", problem), Indicator.warning))
			.toList();
	}

	/** The latest kidney result could not be used: say so, and why. */
	Card kidneyNotChecked(String problem) {
		return this.cards.card(CardKind.RENAL, this.texts.get("cds.kidney.unreadable.summary"),
				this.texts.get("cds.kidney.unreadable.detail", problem), Indicator.warning);
	}

	/** The result's comparator leaves the band open (an eGFR of "&gt;60"). */
	Card kidneyBandOpen(KidneyFunction kidney) {
		return this.cards.card(CardKind.RENAL, this.texts.get("cds.kidney.open.summary", kidney.describe()),
				this.texts.get("cds.kidney.open.detail", kidney.describe()), Indicator.info);
	}

	/** More medicine names than one check takes: the rest were not screened. */
	Card notScreened(List<String> left) {
		return this.cards.card(CardKind.NOT_CHECKED, this.texts.get("cds.notScreened.summary", left.size()),
				this.texts.get("cds.notScreened.detail", String.join(", ", left)), Indicator.warning);
	}

	/** The entries the names make, split as the /check page splits a list. */
	static List<String> entries(List<String> names) {
		List<String> entries = new ArrayList<>();
		for (String name : names) {
			String bounded = (name.length() > MedicationMatcher.MAX_ENTRY_LENGTH)
					? name.substring(0, MedicationMatcher.MAX_ENTRY_LENGTH) : name;
			entries.addAll(new ScreeningRequest(List.of(bounded), List.of()).entries());
		}
		return entries;
	}

	private static List<String> suggestions(ScreeningResult screened, List<String> entries) {
		Set<String> suggestions = new LinkedHashSet<>();
		for (MedicationMatcher.Unmatched unmatched : screened.unmatched()) {
			boolean ofThisMedicine = entries.stream()
				.anyMatch((entry) -> unmatched.text().equals(entry)
						|| unmatched.text().endsWith("\u201c" + entry + "\u201d)"));
			if (ofThisMedicine) {
				suggestions.addAll(unmatched.suggestions());
			}
		}
		return List.copyOf(suggestions);
	}

	private static String problems(MedicineIdentifier.Identified identified) {
		return identified.problems().isEmpty() ? "it has neither a name nor a code this service reads"
				: String.join("; ", identified.problems());
	}

}
