package org.baclofen.reference.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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

	@Test
	void everyRefusalHasAMessageForTheForm() {
		for (PasswordPolicy.Problem problem : PasswordPolicy.Problem.values()) {
			assertThat(problem.messageKey()).startsWith("account.password.");
		}
	}

}
