package org.baclofen.reference.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A severity level's title names its scale as the interactions page does, never as a
 * code.
 */
class SeverityScaleNameTest {

	@ParameterizedTest
	@ValueSource(strings = { "DRUGS_COM", "LEXICOMP", "REFERENCE" })
	void theShippedScalesReadAsOnTheInteractionsPage(String scale) throws IOException {
		Properties messages = new Properties();
		try (InputStreamReader reader = new InputStreamReader(getClass().getResourceAsStream("/messages.properties"),
				StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		assertThat(SeverityLevel.scaleName(scale)).isEqualTo(messages.getProperty("interactions.scale." + scale));
	}

	@Test
	void aScaleAddedLaterReadsAsPlainWords() {
		assertThat(SeverityLevel.scaleName("HOSPITAL_FORMULARY")).isEqualTo("Hospital formulary");
	}

}
