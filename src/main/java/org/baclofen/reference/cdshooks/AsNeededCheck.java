package org.baclofen.reference.cdshooks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.baclofen.reference.cdshooks.CdsHooks.Card;
import org.baclofen.reference.cdshooks.CdsHooks.Indicator;
import org.baclofen.reference.system.PlainNumbers;
import org.baclofen.reference.titration.PatientRules;
import org.baclofen.reference.titration.RenalBandRule;

/**
 * An as-needed baclofen order is checked as the most it allows a day ("up to"), against
 * the daily maximum and the renal band's ceiling. It is not a schedule, so the titration
 * rules (start dose, steps, intervals) do not apply, and no suggestion turns it into one.
 */
final class AsNeededCheck {

	private final PatientRules patient;

	private final Cards cards;

	/**
	 * @param patient the rules for the patient: the kidney row (from the latest value or
	 * a recorded kidney failure) and the age band
	 */
	AsNeededCheck(PatientRules patient, Cards cards) {
		this.patient = patient;
		this.cards = cards;
	}

	/**
	 * @param kidneyNote where the kidney row came from, as the cards say it
	 */
	List<Card> cards(DosageReader.Reading reading, String kidneyNote) {
		BigDecimal upTo = reading.upToDailyMg();
		String amount = "up to " + PlainNumbers.text(upTo) + " mg a day ("
				+ PlainNumbers.text(reading.steps().get(0).doseMg()) + " mg a dose, as needed)";
		RenalBandRule band = this.patient.renalBand();
		BigDecimal labelMax = this.patient.stored().maxDailyMg(null);
		BigDecimal ceiling = this.patient.maxDailyMg();
		List<Card> cards = new ArrayList<>();
		if (upTo.compareTo(labelMax) > 0) {
			cards.add(this.cards.card(CardKind.AS_NEEDED,
					"Baclofen as needed, " + amount + ", can exceed the " + PlainNumbers.text(labelMax)
							+ " mg/day maximum.",
					"The order allows more than the US label's daily maximum of " + PlainNumbers.text(labelMax)
							+ " mg. Lower the dose, how often it may be taken or its maximum per day.",
					Indicator.critical));
		}
		else if (band != null && upTo.compareTo(ceiling) > 0) {
			cards.add(this.cards.card(CardKind.RENAL,
					"Baclofen as needed, " + amount + ", can exceed the renal ceiling of " + PlainNumbers.text(ceiling)
							+ " mg/day.",
					band.describe(labelMax) + ". " + kidneyNote
							+ " Lower the dose, how often it may be taken or its maximum per day.",
					Indicator.warning));
		}
		else if (upTo.compareTo(ceiling) > 0) {
			cards.add(this.cards.card(
					CardKind.DOSE, "Baclofen as needed, " + amount + ", can exceed the age ceiling of "
							+ PlainNumbers.text(ceiling) + " mg/day.",
					this.patient.ageStatement(), Indicator.critical));
		}
		cards.add(this.cards.card(CardKind.AS_NEEDED, "Baclofen as needed: checked as " + amount + ".",
				"An as-needed order is checked against the daily maximum"
						+ ((band != null) ? " and the renal band" : "")
						+ " as the most it allows a day, not against the titration schedule. At most "
						+ PlainNumbers.text(ceiling) + " mg/day applies"
						+ ((band != null) ? " (" + band.describe(labelMax) + ")" : "") + ".",
				Indicator.info));
		return cards;
	}

}
