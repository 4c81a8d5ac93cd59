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
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.baclofen.reference.interaction.Interaction;
import org.baclofen.reference.interaction.InteractionMember;

/**
 * Finds the stored interactions a patient's medicines belong to, and any entry that is
 * baclofen itself. Built afresh from the stored names for every check, because names are
 * content that can change at any time.
 * <p>
 * Matching forgives what people type into medication lists (case, accents, spacing,
 * punctuation, dose and frequency text, brand names) but only ever matches <em>whole</em>
 * names: "oxycodone 5 mg q6h" contains the name oxycodone, while "morph" or "pam" contain
 * no name at all. A checker that guesses from fragments would report interactions for
 * drugs the patient does not take. Near misses ("oxycodon") stay unmatched and get
 * suggestions instead (see {@link NameSuggester}).
 */
public final class MedicationMatcher {

	/** The most medicines one check accepts. */
	public static final int MAX_ENTRIES = 30;

	/** The longest single medicine entry, in characters. */
	public static final int MAX_ENTRY_LENGTH = 200;

	/**
	 * Names are compared word by word; anything that is not a letter or digit separates
	 * words, so "carbidopa/levodopa", "carbidopa-levodopa" and "Carbidopa Levodopa" are
	 * the same name.
	 */
	private static final Pattern WORD_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern ACCENT = Pattern.compile("\\p{M}+");

	/** Numbers, strengths and schedules such as 5, 2.5mg, q6h, x2 or 3x. */
	private static final Pattern DOSE_TOKEN = Pattern
		.compile("\\d+([.,]\\d+)?(mg|mcg|ug|g|ml|iu|u|units?)?|q\\d+h|x\\d+|\\d+x");

	/**
	 * Words that say how much, how often or in what form a medicine is taken (or which
	 * salt it is), and the small words between names: none of them names a medicine on
	 * its own.
	 */
	private static final Set<String> DOSE_OR_FORM_WORDS = Set.of("mg", "mcg", "ug", "g", "ml", "iu", "unit", "units",
			"tab", "tabs", "tablet", "tablets", "cap", "caps", "capsule", "capsules", "patch", "patches", "injection",
			"solution", "suspension", "syrup", "drops", "cream", "gel", "spray", "inhaler", "pen", "granules", "oral",
			"er", "xr", "sr", "cr", "xl", "la", "ir", "dr", "ec", "odt", "cd", "extended", "immediate", "delayed",
			"release", "hydrochloride", "hcl", "sodium", "potassium", "sulfate", "sulphate", "tartrate", "succinate",
			"maleate", "citrate", "besylate", "mesylate", "acetate", "phosphate", "bitartrate", "hydrobromide", "daily",
			"bid", "tid", "qid", "qd", "od", "bd", "tds", "qds", "hs", "qhs", "prn", "po", "iv", "im", "sc", "sl",
			"intrathecal", "pump", "packet", "packets", "liquid", "once", "twice", "thrice", "times", "time", "a",
			"day", "days", "per", "every", "hour", "hours", "weekly", "morning", "evening", "night", "nightly",
			"bedtime", "as", "needed", "with", "food", "by", "mouth", "and", "plus", "or", "of", "to", "in", "the",
			"for", "at", "up", "then", "half", "one", "two", "three");

	/**
	 * Stored names keyed by their first word, so an entry is checked only against names
	 * that can fit.
	 */
	private final Map<String, List<Name>> namesByFirstWord;

	private final NameSuggester suggester;

	private MedicationMatcher(Map<String, List<Name>> namesByFirstWord, NameSuggester suggester) {
		this.namesByFirstWord = namesByFirstWord;
		this.suggester = suggester;
	}

	/** A matcher for the given interactions, with no names for baclofen itself. */
	public static MedicationMatcher of(Collection<Interaction> interactions) {
		return of(interactions, List.of());
	}

	/**
	 * A matcher for the given interactions and for baclofen itself. Each interaction is
	 * found by its member names (generic and brand), its other names (class words such as
	 * "opioid", everyday names such as "beer") and its interactant, so "alcohol" or
	 * "opioids" typed as such also match.
	 * @param baclofenNames the drug's own name and the names of its products: an entry
	 * naming one is duplicate therapy
	 */
	public static MedicationMatcher of(Collection<Interaction> interactions, Collection<String> baclofenNames) {
		Map<String, List<Name>> byFirstWord = new HashMap<>();
		List<String> allNames = new ArrayList<>();
		for (Interaction interaction : interactions) {
			for (String name : namesOf(interaction)) {
				add(new Name(name, words(name), interaction), byFirstWord, allNames);
			}
		}
		for (String name : baclofenNames) {
			add(new Name(name, words(name), null), byFirstWord, allNames);
		}
		return new MedicationMatcher(byFirstWord, new NameSuggester(allNames));
	}

	private static void add(Name name, Map<String, List<Name>> byFirstWord, List<String> allNames) {
		if (!name.words().isEmpty()) {
			byFirstWord.computeIfAbsent(name.words().get(0), (first) -> new ArrayList<>()).add(name);
			allNames.add(name.text());
		}
	}

	/**
	 * Every interaction the entry belongs to, once each, with the most specific stored
	 * name that matched. One medicine may belong to several interactions (tizanidine is a
	 * CNS depressant and has its own pharmacokinetic entry); all are reported.
	 */
	public List<MedicationMatch> matchesFor(String entry) {
		Map<Interaction, Name> bestByInteraction = new LinkedHashMap<>();
		for (Name name : namesIn(checked(entry))) {
			if (!name.isBaclofen()) {
				bestByInteraction.merge(name.interaction(), name, Name::moreSpecific);
			}
		}
		String input = entry.strip();
		return bestByInteraction.values()
			.stream()
			.map((name) -> new MedicationMatch(input, name.text(), name.interaction()))
			.toList();
	}

	/**
	 * The most specific name of baclofen or one of its products in the entry, if it names
	 * one.
	 */
	public Optional<String> baclofenNameIn(String entry) {
		return namesIn(checked(entry)).stream().filter(Name::isBaclofen).reduce(Name::moreSpecific).map(Name::text);
	}

	/**
	 * Matches every entry of a patient's list, each once however often it is repeated.
	 * Entries that match nothing are listed, never dropped, with any close stored names:
	 * a checker that stays silent about a name it does not know looks exactly like one
	 * that found no interaction.
	 */
	public Matching match(List<String> entries) {
		if (entries.size() > MAX_ENTRIES) {
			throw new IllegalArgumentException("A check has at most " + MAX_ENTRIES + " medicines");
		}
		List<MedicationMatch> matches = new ArrayList<>();
		List<DuplicateTherapy> duplicates = new ArrayList<>();
		List<Unmatched> unmatched = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String entry : entries) {
			if (!seen.add(entry.strip().toLowerCase(Locale.ROOT))) {
				continue;
			}
			List<MedicationMatch> found = matchesFor(entry);
			Optional<String> baclofen = baclofenNameIn(entry);
			baclofen.ifPresent((name) -> duplicates.add(new DuplicateTherapy(entry.strip(), name)));
			List<String> rest = unrecognisedWords(entry);
			if (found.isEmpty() && baclofen.isEmpty()) {
				unmatched.add(new Unmatched(entry.strip(), entry.strip(), rest, this.suggester.suggest(rest)));
			}
			else if (!rest.isEmpty()) {
				// "zolpidem with warfarin": warfarin must not vanish behind the zolpidem
				// match.
				unmatched.add(new Unmatched(String.join(" ", rest) + " (in \u201c" + entry.strip() + "\u201d)",
						entry.strip(), rest, this.suggester.suggest(rest)));
			}
			matches.addAll(found);
		}
		return new Matching(List.copyOf(matches), List.copyOf(duplicates), List.copyOf(unmatched));
	}

	/**
	 * The words of a matched entry that belong to no stored name and are not dose, form,
	 * salt or frequency text, e.g. "warfarin" in "zolpidem with warfarin"; empty when the
	 * whole entry was understood.
	 */
	String unrecognisedRest(String entry) {
		return String.join(" ", unrecognisedWords(entry));
	}

	private List<String> unrecognisedWords(String entry) {
		List<String> words = words(entry);
		boolean[] covered = new boolean[words.size()];
		for (int start = 0; start < words.size(); start++) {
			for (Name name : this.namesByFirstWord.getOrDefault(words.get(start), List.of())) {
				if (name.occursAt(words, start)) {
					Arrays.fill(covered, start, start + name.words().size(), true);
				}
			}
		}
		List<String> rest = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			if (!covered[i] && !DOSE_OR_FORM_WORDS.contains(words.get(i))
					&& !DOSE_TOKEN.matcher(words.get(i)).matches()) {
				rest.add(words.get(i));
			}
		}
		return rest;
	}

	private List<Name> namesIn(String entry) {
		List<String> words = words(entry);
		List<Name> found = new ArrayList<>();
		for (int start = 0; start < words.size(); start++) {
			for (Name name : this.namesByFirstWord.getOrDefault(words.get(start), List.of())) {
				if (name.occursAt(words, start)) {
					found.add(name);
				}
			}
		}
		return found;
	}

	private static String checked(String entry) {
		if (entry == null || entry.isBlank()) {
			throw new IllegalArgumentException("A medicine entry must name something");
		}
		if (entry.length() > MAX_ENTRY_LENGTH) {
			throw new IllegalArgumentException("A medicine entry has at most " + MAX_ENTRY_LENGTH + " characters");
		}
		return entry;
	}

	private static Set<String> namesOf(Interaction interaction) {
		Set<String> names = new LinkedHashSet<>();
		interaction.getMembers().stream().map(InteractionMember::getName).forEach(names::add);
		names.addAll(interaction.getOtherNames());
		// The interactant as written ("Alcohol", "Opioids") and without its qualifier
		// ("Tizanidine (pharmacokinetics)" is found as tizanidine; the qualifier alone is
		// not a drug name).
		String interactant = interaction.getInteractant();
		names.add(interactant);
		int qualifier = interactant.indexOf('(');
		if (qualifier > 0) {
			names.add(interactant.substring(0, qualifier).strip());
		}
		return names;
	}

	/**
	 * Lower-case words without accents: how two spellings of the same name are compared.
	 */
	static List<String> words(String text) {
		String plain = ACCENT.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
		return Arrays.stream(WORD_SEPARATOR.split(plain.toLowerCase(Locale.ROOT)))
			.filter((word) -> !word.isEmpty())
			.toList();
	}

	/**
	 * The result of matching a list: each interaction match in the order typed, each
	 * entry that is baclofen itself, and every entry (or part of one) that matched
	 * nothing.
	 */
	public record Matching(List<MedicationMatch> matches, List<DuplicateTherapy> duplicates,
			List<Unmatched> unmatched) {

	}

	/**
	 * An entry that names baclofen or one of its products, and the stored name it
	 * matched.
	 */
	public record DuplicateTherapy(String input, String matchedName) {

	}

	/**
	 * An entry, or the part of one, that matched no stored name, with the stored names
	 * closest to it (never counted as matches).
	 *
	 * @param text what is reported as not matched: the entry, or its unknown words and
	 * the entry they are in
	 * @param entry the entry as typed
	 * @param words the entry's words that matched nothing, as compared
	 * @param suggestions stored names close to those words, closest first
	 */
	public record Unmatched(String text, String entry, List<String> words, List<String> suggestions) {

		public Unmatched {
			words = List.copyOf(words);
			suggestions = List.copyOf(suggestions);
		}

		/**
		 * The entry as it would read with a suggestion in place of the words that matched
		 * nothing, keeping dose and frequency text ("oxycodon 5 mg" becomes "oxycodone 5
		 * mg"); the suggestion alone when those words cannot be found in the entry as
		 * typed (accents, say).
		 */
		public String corrected(String suggestion) {
			if (this.words.isEmpty()) {
				return suggestion;
			}
			String run = this.words.stream().map(Pattern::quote).collect(Collectors.joining("[^\\p{L}\\p{N}]+"));
			Matcher found = Pattern
				.compile("(?<![\\p{L}\\p{N}])" + run + "(?![\\p{L}\\p{N}])",
						Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
				.matcher(this.entry);
			if (!found.find()) {
				return suggestion;
			}
			return this.entry.substring(0, found.start()) + suggestion + this.entry.substring(found.end());
		}

	}

	/** A stored name; its interaction is null when it names baclofen itself. */
	private record Name(String text, List<String> words, Interaction interaction) {

		boolean isBaclofen() {
			return this.interaction == null;
		}

		boolean occursAt(List<String> entryWords, int start) {
			return start + this.words.size() <= entryWords.size()
					&& entryWords.subList(start, start + this.words.size()).equals(this.words);
		}

		/**
		 * "insulin glargine" says more than "insulin": report the longer name that
		 * matched.
		 */
		Name moreSpecific(Name other) {
			return (other.words.size() > this.words.size()) ? other : this;
		}

	}

}
