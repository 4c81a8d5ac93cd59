package org.baclofen.reference.kind;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.baclofen.reference.kind.WordDiff.Part;
import org.junit.jupiter.api.Test;

class WordDiffTest {

	@Test
	void marksOnlyTheWordsThatChanged() {
		WordDiff diff = WordDiff.of("Raise the dose by 5 mg every 3 days.", "Raise the dose by 5 mg every 7 days.");
		assertThat(diff.before()).containsExactly(new Part("Raise the dose by 5 mg every ", false), new Part("3", true),
				new Part(" days.", false));
		assertThat(diff.after()).containsExactly(new Part("Raise the dose by 5 mg every ", false), new Part("7", true),
				new Part(" days.", false));
	}

	@Test
	void wordsAddedAndRemovedAreMarkedOnTheirOwnSide() {
		WordDiff diff = WordDiff.of("Avoid alcohol.", "Avoid alcohol and other depressants.");
		assertThat(diff.before()).containsExactly(new Part("Avoid alcohol.", false));
		assertThat(diff.after()).extracting(Part::changed).contains(true);
		assertThat(text(diff.after())).isEqualTo("Avoid alcohol and other depressants.");
		WordDiff removal = WordDiff.of("Take with food or milk.", "Take with food.");
		assertThat(text(removal.before())).isEqualTo("Take with food or milk.");
		assertThat(removal.after()).extracting(Part::changed).doesNotContain(true);
	}

	@Test
	void anEmptySideIsAllChangeOnTheOther() {
		assertThat(WordDiff.of(null, "New note").after()).containsExactly(new Part("New note", true));
		assertThat(WordDiff.of("", "New note").before()).isEmpty();
	}

	@Test
	void textsTooLongToCompareCheaplyAreMarkedWhole() {
		String old = "word ".repeat(1000);
		String now = "other ".repeat(1000);
		WordDiff diff = WordDiff.of(old, now);
		assertThat(diff.before()).containsExactly(new Part(old, true));
		assertThat(diff.after()).containsExactly(new Part(now, true));
	}

	private static String text(List<Part> parts) {
		return parts.stream().map(Part::text).reduce("", String::concat);
	}

}
