package org.baclofen.reference.cdshooks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baclofen.reference.fhir.Vocabulary;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.Coding;

/**
 * Tells what a medicine concept is, for one hook call: its RxNorm codes by the stored
 * codes or, for any other RxNorm code, through RxNav (its name and ingredients); its
 * other codes and names as sent. Every name is kept, so each can be screened. What could
 * not be looked up is said, never guessed.
 */
final class MedicineIdentifier {

	/** "baclofen 10 MG Oral Tablet": a strength in mg and the dose form after it. */
	private static final Pattern STRENGTH = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*mg\\b\\s*([\\p{L} ]*)",
			Pattern.CASE_INSENSITIVE);

	private final Medicines medicines;

	private final Map<String, MedicineCode> stored;

	private final RxNav.Session rxnav;

	/**
	 * @param stored the stored RxNorm codes by code
	 */
	MedicineIdentifier(Medicines medicines, Map<String, MedicineCode> stored, RxNav.Session rxnav) {
		this.medicines = medicines;
		this.stored = stored;
		this.rxnav = rxnav;
	}

	/**
	 * What a medicine is.
	 *
	 * @param names every name it is known by: its text, its codings' displays and
	 * RxNorm's names for its codes
	 * @param ingredients its ingredients as RxNorm names them, when a code was resolved
	 * @param baclofen true when a code, an ingredient or a name is baclofen's
	 * @param coded true when at least one code was resolved (stored or RxNav): its
	 * ingredients are then known, and a name that matches nothing needs no card
	 * @param strengthMg the strength of one unit of the product, when known
	 * @param doseForm the dose form ("Oral Tablet"), when known
	 * @param problems the codes that could not be resolved, and why
	 */
	record Identified(List<String> names, List<String> ingredients, boolean baclofen, boolean coded,
			BigDecimal strengthMg, String doseForm, List<String> problems) {

		Identified {
			names = List.copyOf(names);
			ingredients = List.copyOf(ingredients);
			problems = List.copyOf(problems);
		}

		/** Nothing to screen: no name, no resolved ingredient. */
		boolean isUnreadable() {
			return this.names.isEmpty() && this.ingredients.isEmpty();
		}

		/** The names to screen: every name and ingredient, each once. */
		List<String> screenedNames() {
			Set<String> all = new LinkedHashSet<>(this.names);
			all.addAll(this.ingredients);
			return List.copyOf(all);
		}

		/** How the medicine is shown on a card. */
		String shownName() {
			return this.names.isEmpty() ? String.join(" / ", this.ingredients) : this.names.get(0);
		}

		boolean isTablet() {
			return this.doseForm != null && this.doseForm.toLowerCase(Locale.ROOT).contains("tablet");
		}

	}

	Identified identify(CodeableConcept concept) {
		Set<String> names = new LinkedHashSet<>(Medicines.names(concept));
		Set<String> ingredients = new LinkedHashSet<>();
		List<String> problems = new ArrayList<>();
		boolean coded = false;
		BigDecimal strength = null;
		String form = null;
		for (Coding coding : concept.getCoding()) {
			if (!Vocabulary.RXNORM.equals(coding.getSystem()) || !coding.hasCode()) {
				continue;
			}
			String code = coding.getCode().strip();
			MedicineCode known = this.stored.get(code);
			if (known != null) {
				coded = true;
				names.add(known.getDisplay());
				ingredients.addAll(List.of(known.getIngredient().split("\\s*/\\s*")));
				if (known.getStrengthMg() != null) {
					strength = known.getStrengthMg();
					form = known.getDoseForm();
				}
				continue;
			}
			RxNav.Lookup lookup = this.rxnav.lookup(code);
			if (lookup instanceof RxNav.Found found) {
				coded = true;
				names.add(found.name());
				ingredients.addAll(found.ingredients());
				if (found.ingredients().size() == 1) {
					Matcher matcher = STRENGTH.matcher(found.name());
					if (matcher.find()) {
						strength = new BigDecimal(matcher.group(1));
						form = matcher.group(2).strip();
					}
				}
			}
			else if (lookup instanceof RxNav.NotFound) {
				problems.add("RxNorm code " + shown(code) + " is not a current RxNorm concept");
			}
			else if (lookup instanceof RxNav.Unavailable unavailable) {
				problems.add("RxNorm code " + shown(code) + " could not be looked up (" + unavailable.reason() + ")");
			}
		}
		if (!coded && concept.hasCoding() && names.isEmpty()) {
			concept.getCoding()
				.stream()
				.filter((coding) -> !Vocabulary.RXNORM.equals(coding.getSystem()))
				.findFirst()
				.ifPresent((coding) -> problems.add("the code " + shown(String.valueOf(coding.getCode())) + " of "
						+ shown(String.valueOf(coding.getSystem())) + " is not one this service reads"));
		}
		boolean baclofen = this.medicines.isBaclofen(concept)
				|| ingredients.stream().anyMatch(this.medicines::namesBaclofen)
				|| names.stream().anyMatch(this.medicines::namesBaclofen);
		if (baclofen && strength == null) {
			for (String name : names) {
				Matcher matcher = STRENGTH.matcher(name);
				if (matcher.find()) {
					strength = new BigDecimal(matcher.group(1));
					form = matcher.group(2).strip();
					break;
				}
			}
		}
		return new Identified(List.copyOf(names), List.copyOf(ingredients), baclofen, coded, strength, form, problems);
	}

	private static String shown(String code) {
		return (code.length() > 40) ? code.substring(0, 40) + "…" : code;
	}

}
