package org.baclofen.reference.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordPolicyTest {

	@Test
	void twelveCharactersAreTheMinimum() {
		assertThat(PasswordPolicy.problemWith("x".repeat(11) + "y", "chief")).isEmpty();
		assertThat(PasswordPolicy.problemWith("x".repeat(10) + "y", "chief"))
			.contains(PasswordPolicy.Problem.TOO_SHORT);
	}

	@Test
	void commonPasswordsAreRefusedWhateverTheirCase() {
		assertThat(PasswordPolicy.problemWith("Password1234", "chief")).contains(PasswordPolicy.Problem.COMMON);
		assertThat(PasswordPolicy.problemWith("QWERTYUIOP123", "chief")).contains(PasswordPolicy.Problem.COMMON);
		assertThat(PasswordPolicy.problemWith("Password12345x", "chief")).isEmpty();
	}

	@Test
	void theUsernameIsRefusedAnywhereInThePassword() {
		assertThat(PasswordPolicy.problemWith("my-Chief-password", "chief"))
			.contains(PasswordPolicy.Problem.CONTAINS_USERNAME);
	}

	/**
	 * Measured in characters a person can see and type (issue 19: 12 zero-width spaces
	 * were accepted).
	 */
	@Test
	void invisibleAndBlankPasswordsAreRefused() {
		assertThat(PasswordPolicy.problemWith("\u200b".repeat(12), "chief")).contains(PasswordPolicy.Problem.INVISIBLE);
		assertThat(PasswordPolicy.problemWith("long-enough-pass\u200bword", "chief"))
			.contains(PasswordPolicy.Problem.INVISIBLE);
		assertThat(PasswordPolicy.problemWith("sixteen letters\u0007", "chief"))
			.contains(PasswordPolicy.Problem.INVISIBLE);
		assertThat(PasswordPolicy.problemWith(" ".repeat(20), "chief")).contains(PasswordPolicy.Problem.BLANK);
		assertThat(PasswordPolicy.problemWith("\u3000".repeat(20), "chief")).contains(PasswordPolicy.Problem.BLANK);
		assertThat(PasswordPolicy.problemWith("  eleven-char  ", "chief")).as("spaces around do not count")
			.contains(PasswordPolicy.Problem.TOO_SHORT);
		assertThat(PasswordPolicy.problemWith("correct horse battery", "chief")).as("spaces within count").isEmpty();
		assertThat(PasswordPolicy.problemWith("\u0301".repeat(12), "chief")).as("combining marks on their own")
			.contains(PasswordPolicy.Problem.BLANK);
	}

	/**
	 * NFKC: the same password typed on another keyboard or pasted in another form is the
	 * same password, and is measured as such.
	 */
	@Test
	void passwordsAreNormalisedBeforeTheyAreMeasuredHashedAndChecked() {
		String fullWidth = "ｃｏｒｒｅｃｔ－ｈｏｒｓｅ";
		assertThat(PasswordPolicy.normalized(fullWidth)).isEqualTo("correct-horse");
		assertThat(PasswordPolicy.normalized("ﬁnal-ﬁgures-2026")).isEqualTo("final-figures-2026");
		assertThat(PasswordPolicy.problemWith("Ｐａｓｓｗｏｒｄ１２３４", "chief")).as("a common password in full width")
			.contains(PasswordPolicy.Problem.COMMON);
		assertThat(PasswordPolicy.problemWith("my-ＣＨＩＥＦ-password", "chief"))
			.contains(PasswordPolicy.Problem.CONTAINS_USERNAME);

		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		String stored = PasswordPolicy.hash(encoder, fullWidth);
		assertThat(PasswordPolicy.matches(encoder, "correct-horse", stored)).isTrue();
		assertThat(PasswordPolicy.matches(encoder, fullWidth, stored)).isTrue();
		assertThat(PasswordPolicy.matches(encoder, "correct-horse!", stored)).isFalse();
		String storedBeforeNormalising = encoder.encode(fullWidth);
		assertThat(PasswordPolicy.matches(encoder, fullWidth, storedBeforeNormalising))
			.as("a password stored as typed before normalising still signs in")
			.isTrue();
		assertThat(PasswordPolicy.matches(encoder, "x".repeat(73), encoder.encode("x".repeat(72)))).isFalse();
	}

	@Test
	void everyRefusalHasAMessageForTheForm() {
		for (PasswordPolicy.Problem problem : PasswordPolicy.Problem.values()) {
			assertThat(problem.messageKey()).startsWith("account.password.");
		}
	}

}
