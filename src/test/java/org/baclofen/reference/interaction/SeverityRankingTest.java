package org.baclofen.reference.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SeverityRankingTest {

	private static final LocalDate REVIEWED = LocalDate.of(2026, 11, 21);

	private static SeverityLevel level(String code, int rank) {
		return new SeverityLevel(SeverityLevel.APP_SCALE, code, code, "meaning", rank, REVIEWED);
	}

	private static Interaction interaction(String name, Severity severity) {
		return new Interaction(name.toLowerCase(), name, InteractantKind.DRUG_CLASS, "effect", "management", severity,
				REVIEWED);
	}

	@Test
	void ordersByTheStoredRanksNotByTheEnum() {
		SeverityRanking ranking = new SeverityRanking(
				List.of(level("MAJOR", 1), level("MODERATE", 2), level("UNKNOWN", 3), level("MINOR", 4)));
		List<Interaction> sorted = ranking
			.worstFirst(List.of(interaction("Minor", Severity.MINOR), interaction("Unknown", Severity.UNKNOWN),
					interaction("Major", Severity.MAJOR), interaction("Moderate", Severity.MODERATE)));
		assertThat(sorted).extracting(Interaction::getInteractant)
			.containsExactly("Major", "Moderate", "Unknown", "Minor");
	}

	@Test
	void aContentEditOfTheRanksChangesTheOrder() {
		SeverityRanking ranking = new SeverityRanking(List.of(level("MINOR", 1), level("MAJOR", 2)));
		assertThat(
				ranking.worstFirst(List.of(interaction("Major", Severity.MAJOR), interaction("Minor", Severity.MINOR))))
			.extracting(Interaction::getInteractant)
			.containsExactly("Minor", "Major");
	}

	@Test
	void anUnrankedSeveritySortsFirstSoItIsNeverHidden() {
		SeverityRanking ranking = new SeverityRanking(List.of(level("MAJOR", 1)));
		assertThat(
				ranking.worstFirst(List.of(interaction("Major", Severity.MAJOR), interaction("Odd", Severity.MINOR))))
			.extracting(Interaction::getInteractant)
			.containsExactly("Odd", "Major");
	}

	@Test
	void equalSeveritiesFallBackToName() {
		SeverityRanking ranking = new SeverityRanking(List.of(level("UNKNOWN", 3)));
		assertThat(ranking
			.worstFirst(List.of(interaction("lithium", Severity.UNKNOWN), interaction("Alcohol", Severity.UNKNOWN))))
			.extracting(Interaction::getInteractant)
			.containsExactly("Alcohol", "lithium");
	}

	@Test
	void membersAreListedAlphabeticallyWithoutDuplicates() {
		Interaction opioids = interaction("Opioids", Severity.UNKNOWN);
		opioids.addMember(new InteractionMember("tramadol", false));
		opioids.addMember(new InteractionMember(" OxyContin ", true));
		opioids.addMember(new InteractionMember("tramadol", false));
		assertThat(opioids.getMembers()).extracting(InteractionMember::getName)
			.containsExactly("OxyContin", "tramadol");
	}

}
