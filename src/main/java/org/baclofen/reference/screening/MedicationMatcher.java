package org.baclofen.reference.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.baclofen.reference.interaction.Interaction;
import org.baclofen.reference.interaction.InteractionMember;

/**
 * Finds the stored interactions a patient's medicines belong to. Built afresh from the interactions and
 * their member names for every check, because member names are content that can change at any time.
 * <p>
 * Matching forgives what people type into medication lists (case, accents, spacing, punctuation, dose and
 * frequency text, brand names) but only ever matches <em>whole</em> names: "oxycodone 5 mg q6h" contains
 * the name oxycodone, while "morph" or "pam" contain no name at all. A checker that guesses from fragments
 * would report interactions for drugs the patient does not take.
 */
public final class MedicationMatcher {

	/** The most medicines one check accepts. */
	public static final int MAX_ENTRIES = 30;

	/** The longest single medicine entry, in characters. */
	public static final int MAX_ENTRY_LENGTH = 200;

	/** A pasted list may be separated by commas, semicolons or line breaks, in any mix. */
	private static final Pattern ENTRY_SEPARATOR = Pattern.compile("[,;]|\\R");

	/**
	 * Names are compared word by word; anything that is not a letter or digit separates words, so
	 * "carbidopa/levodopa", "carbidopa-levodopa" and "Carbidopa Levodopa" are the same name.
	 */
	private static final Pattern WORD_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern ACCENT = Pattern.compile("\\p{M}+");

	/** Numbers, strengths and schedules such as 5, 2.5mg, q6h, x2 or 3x. */
	private static final Pattern DOSE_TOKEN = Pattern.compile("\\d+([.,]\\d+)?(mg|mcg|ug|g|ml|iu|u|units?)?|q\\d+h|x\\d+|\\d+x");

	/**
	 * Words that say how much, how often or in what form a medicine is taken (or which salt it is), and the
	 * small words between names: none of them names a medicine on its own.
	 */
	private static final Set<String> DOSE_OR_FORM_WORDS = Set.of("mg", "mcg", "ug", "g", "ml", "iu", "unit", "units",
			"tab", "tabs", "tablet", "tablets", "cap", "caps", "capsule", "capsules", "patch", "patches", "injection",
			"solution", "suspension", "syrup", "drops", "cream", "gel", "spray", "inhaler", "pen", "granules", "oral",
			"er", "xr", "sr", "cr", "xl", "la", "ir", "dr", "ec", "odt", "cd", "extended", "immediate", "delayed",
			"release", "hydrochloride", "hcl", "sodium", "potassium", "sulfate", "sulphate", "tartrate", "succinate",
			"maleate", "citrate", "besylate", "mesylate", "acetate", "phosphate", "bitartrate", "hydrobromide",
			"daily", "bid", "tid", "qid", "qd", "od", "bd", "tds", "qds", "hs", "qhs", "prn", "po", "iv", "im", "sc",
			"sl", "once", "twice", "thrice", "times", "time", "a", "day", "days", "per", "every", "hour", "hours",
			"weekly", "morning", "evening", "night", "nightly", "bedtime", "as", "needed", "with", "food", "by", "mouth",
			"and", "plus", "or", "of", "to", "in", "the", "for", "at", "up", "then", "half", "one", "two", "three");

	/** Stored names keyed by their first word, so an entry is checked only against names that can fit. */
	private final Map<String, List<Name>> namesByFirstWord;

	private MedicationMatcher(Map<String, List<Name>> namesByFirstWord) {
		this.namesByFirstWord = namesByFirstWord;
	}

	/**
	 * A matcher for the given interactions. Each is found by its member names (generic and brand) and by
	 * its interactant, so "alcohol" or "opioids" typed as such also match.
	 */
	public static MedicationMatcher of(Collection<Interaction> interactions) {
		Map<String, List<Name>> byFirstWord = new HashMap<>();
		for (Interaction interaction : interactions) {
			for (String name : namesOf(interaction)) {
				List<String> words = words(name);
				if (!words.isEmpty()) {
					byFirstWord.computeIfAbsent(words.get(0), (first) -> new ArrayList<>())
						.add(new Name(name, words, interaction));
				}
			}
		}
		return new MedicationMatcher(byFirstWord);
	}

	/**
	 * Splits a pasted medication list into its entries: stripped, without empty entries, and without
	 * repeats (ignoring case), in the order typed.
	 */
	public static List<String> entries(String pasted) {
		if (pasted == null) {
			return List.of();
		}
		Map<String, String> byKey = new LinkedHashMap<>();
		for (String entry : ENTRY_SEPARATOR.split(pasted)) {
			String stripped = entry.strip();
			if (!stripped.isEmpty()) {
				byKey.putIfAbsent(stripped.toLowerCase(Locale.ROOT), stripped);
			}
		}
		return List.copyOf(byKey.values());
	}

	/**
	 * Every interaction the entry belongs to, once each, with the most specific stored name that matched.
	 * One medicine may belong to several interactions (tizanidine is a CNS depressant and has its own
	 * pharmacokinetic entry); all are reported.
	 */
	public List<MedicationMatch> matchesFor(String entry) {
		if (entry == null || entry.isBlank()) {
			throw new IllegalArgumentException("A medicine entry must name something");
		}
		if (entry.length() > MAX_ENTRY_LENGTH) {
			throw new IllegalArgumentException("A medicine entry has at most " + MAX_ENTRY_LENGTH + " characters");
		}
		List<String> words = words(entry);
		Map<Interaction, Name> bestByInteraction = new LinkedHashMap<>();
		for (int start = 0; start < words.size(); start++) {
			for (Name name : this.namesByFirstWord.getOrDefault(words.get(start), List.of())) {
				if (name.occursAt(words, start)) {
					bestByInteraction.merge(name.interaction(), name, Name::moreSpecific);
				}
			}
		}
		String input = entry.strip();
		return bestByInteraction.values()
			.stream()
			.map((name) -> new MedicationMatch(input, name.text(), name.interaction()))
			.toList();
	}

	/**
	 * Matches every entry of a patient's list, each once however often it is repeated. Entries that match
	 * nothing are listed, never dropped: a checker that stays silent about a name it does not know looks
	 * exactly like one that found no interaction.
	 */
	public Matching match(List<String> entries) {
		if (entries.size() > MAX_ENTRIES) {
			throw new IllegalArgumentException("A check has at most " + MAX_ENTRIES + " medicines");
		}
		List<MedicationMatch> matches = new ArrayList<>();
		List<String> unmatched = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String entry : entries) {
			if (!seen.add(entry.strip().toLowerCase(Locale.ROOT))) {
				continue;
			}
			List<MedicationMatch> found = matchesFor(entry);
			if (found.isEmpty()) {
				unmatched.add(entry.strip());
			}
			else {
				// "zolpidem plus warfarin": warfarin must not vanish behind the zolpidem match.
				String rest = unrecognisedRest(entry);
				if (!rest.isEmpty()) {
					unmatched.add(rest + " (in \u201c" + entry.strip() + "\u201d)");
				}
			}
			matches.addAll(found);
		}
		return new Matching(List.copyOf(matches), List.copyOf(unmatched));
	}

	/**
	 * The words of a matched entry that belong to no stored name and are not dose, form, salt or frequency
	 * text, e.g. "warfarin" in "zolpidem plus warfarin"; empty when the whole entry was understood.
	 */
	String unrecognisedRest(String entry) {
		List<String> words = words(entry);
		boolean[] covered = new boolean[words.size()];
		for (int start = 0; start < words.size(); start++) {
			for (Name name : this.namesByFirstWord.getOrDefault(words.get(start), List.of())) {
				if (name.occursAt(words, start)) {
					java.util.Arrays.fill(covered, start, start + name.words().size(), true);
				}
			}
		}
		List<String> rest = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			if (!covered[i] && !DOSE_OR_FORM_WORDS.contains(words.get(i)) && !DOSE_TOKEN.matcher(words.get(i)).matches()) {
				rest.add(words.get(i));
			}
		}
		return String.join(" ", rest);
	}

	private static Set<String> namesOf(Interaction interaction) {
		Set<String> names = new LinkedHashSet<>();
		interaction.getMembers().stream().map(InteractionMember::getName).forEach(names::add);
		// The interactant as written ("Alcohol", "Opioids") and without its qualifier
		// ("Tizanidine (pharmacokinetics)" is found as tizanidine; the qualifier alone is not a drug name).
		String interactant = interaction.getInteractant();
		names.add(interactant);
		int qualifier = interactant.indexOf('(');
		if (qualifier > 0) {
			names.add(interactant.substring(0, qualifier).strip());
		}
		return names;
	}

	/** Lower-case words without accents: how two spellings of the same name are compared. */
	static List<String> words(String text) {
		String plain = ACCENT.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
		return Arrays.stream(WORD_SEPARATOR.split(plain.toLowerCase(Locale.ROOT)))
			.filter((word) -> !word.isEmpty())
			.toList();
	}

	/** The result of matching a list: each match in the order typed, and every entry that matched nothing. */
	public record Matching(List<MedicationMatch> matches, List<String> unmatched) {

	}

	private record Name(String text, List<String> words, Interaction interaction) {

		boolean occursAt(List<String> entryWords, int start) {
			return start + this.words.size() <= entryWords.size()
					&& entryWords.subList(start, start + this.words.size()).equals(this.words);
		}

		/** "insulin glargine" says more than "insulin": report the longer name that matched. */
		Name moreSpecific(Name other) {
			return (other.words.size() > this.words.size()) ? other : this;
		}

	}

}
