package org.baclofen.reference.cdshooks;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.baclofen.reference.fhir.Vocabulary;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.Medication;
import org.hl7.fhir.r5.model.MedicationRequest;
import org.hl7.fhir.r5.model.Resource;

/**
 * What a MedicationRequest orders, and whether that is baclofen: by the stored RxNorm
 * ingredient, ATC or SNOMED CT code, or by name (the word baclofen, or a stored product's
 * brand name). The codes and names come from the content, so they are the ones the pages
 * show.
 */
public final class Medicines {

	private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern ACCENT = Pattern.compile("\\p{M}+");

	private final String rxnormIngredient;

	private final String atcCode;

	private final String snomedCtId;

	private final Set<String> names;

	/**
	 * @param names lower-case single words that name baclofen: the drug's name and the
	 * first word of each stored product (Ozobax, Fleqsuvy, Lyvispah)
	 */
	public Medicines(String rxnormIngredient, String atcCode, String snomedCtId, Set<String> names) {
		this.rxnormIngredient = rxnormIngredient;
		this.atcCode = atcCode;
		this.snomedCtId = snomedCtId;
		this.names = Set.copyOf(names);
	}

	/**
	 * The first word of a product name, lower case: "Ozobax (baclofen oral solution)"
	 * gives ozobax.
	 */
	public static String brandWord(String productName) {
		List<String> words = words(productName);
		return words.isEmpty() ? "" : words.get(0);
	}

	/**
	 * What the order is for: its coded concept, or the concept of the Medication it
	 * refers to.
	 */
	public static CodeableConcept concept(MedicationRequest order, List<Resource> bundled) {
		if (!order.hasMedication()) {
			return new CodeableConcept();
		}
		if (order.getMedication().hasConcept()) {
			return order.getMedication().getConcept();
		}
		if (order.getMedication().hasReference()) {
			String reference = order.getMedication().getReference().getReference();
			if (reference != null) {
				List<Resource> candidates = new ArrayList<>(order.getContained());
				candidates.addAll(bundled);
				for (Resource candidate : candidates) {
					if (candidate instanceof Medication medication && refersTo(reference, medication)) {
						return medication.getCode();
					}
				}
			}
		}
		return new CodeableConcept();
	}

	private static boolean refersTo(String reference, Medication medication) {
		String id = medication.getIdPart();
		return id != null && (reference.equals("#" + id) || reference.equals("Medication/" + id)
				|| reference.endsWith("/Medication/" + id));
	}

	/** The names a concept is known by: its text and its codings' displays, each once. */
	public static List<String> names(CodeableConcept concept) {
		Set<String> names = new LinkedHashSet<>();
		if (concept.hasText() && !concept.getText().isBlank()) {
			names.add(concept.getText().strip());
		}
		for (Coding coding : concept.getCoding()) {
			if (coding.hasDisplay() && !coding.getDisplay().isBlank()) {
				names.add(coding.getDisplay().strip());
			}
		}
		return List.copyOf(names);
	}

	public boolean isBaclofen(CodeableConcept concept) {
		for (Coding coding : concept.getCoding()) {
			String system = coding.getSystem();
			String code = coding.getCode();
			if ((Vocabulary.RXNORM.equals(system) && this.rxnormIngredient.equals(code))
					|| (Vocabulary.ATC.equals(system) && this.atcCode.equals(code))
					|| (Vocabulary.SNOMED_CT.equals(system) && this.snomedCtId.equals(code))) {
				return true;
			}
		}
		return names(concept).stream().anyMatch(this::namesBaclofen);
	}

	/** True when a name contains a word that names baclofen (its name or a brand's). */
	public boolean namesBaclofen(String name) {
		return words(name).stream().anyMatch(this.names::contains);
	}

	/** The name with every word that names baclofen written "baclofen". */
	public List<String> wordsWithBaclofen(String name) {
		return words(name).stream().map((word) -> this.names.contains(word) ? "baclofen" : word).toList();
	}

	static List<String> words(String text) {
		String plain = ACCENT.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
		return Arrays.stream(WORDS.split(plain.toLowerCase(Locale.ROOT))).filter((word) -> !word.isEmpty()).toList();
	}

}
