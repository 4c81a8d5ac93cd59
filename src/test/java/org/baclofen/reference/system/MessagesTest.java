package org.baclofen.reference.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.baclofen.reference.adverse.FrequencyBand;
import org.baclofen.reference.content.Route;
import org.baclofen.reference.content.SourceKind;
import org.baclofen.reference.dosing.CockcroftGault;
import org.baclofen.reference.dosing.DosageForm;
import org.baclofen.reference.dosing.IntrathecalTitrationLimit;
import org.baclofen.reference.dosing.SpasticityOrigin;
import org.baclofen.reference.guidance.GuidanceTopic;
import org.baclofen.reference.indication.EvidenceStrength;
import org.baclofen.reference.indication.IndicationStatus;
import org.baclofen.reference.interaction.InteractantKind;
import org.baclofen.reference.interaction.Severity;
import org.baclofen.reference.overview.ClaimCheck;
import org.baclofen.reference.safety.SafetyKind;
import org.baclofen.reference.search.ContentKind;
import org.baclofen.reference.titration.PatientHandouts;
import org.baclofen.reference.titration.Rule;
import org.baclofen.reference.titration.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Every message key a template uses exists, including the keys built from enum values.
 */
class MessagesTest {

	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z][\\w.]*)[}(]");

	private static final Pattern PREFIX_KEY = Pattern.compile("#\\{([\\w.]+)\\.__\\$\\{");

	@Test
	void everyLiteralKeyInTheTemplatesExists() throws IOException {
		Properties messages = messages();
		List<String> missing = new ArrayList<>();
		for (String template : templates()) {
			Matcher matcher = LITERAL_KEY.matcher(template);
			while (matcher.find()) {
				if (!messages.containsKey(matcher.group(1))) {
					missing.add(matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyEnumValueHasItsLabel() throws IOException {
		Properties messages = messages();
		List<String> expected = new ArrayList<>();
		expectKeys(expected, "route.", Route.values());
		expectKeys(expected, "indication.status.", IndicationStatus.values());
		expectKeys(expected, "indications.section.", IndicationStatus.values());
		expectKeys(expected, "indication.evidence.", EvidenceStrength.values());
		expectKeys(expected, "dosageForm.form.", DosageForm.Form.values());
		expectKeys(expected, "guidance.topic.", GuidanceTopic.values());
		expectKeys(expected, "origin.", SpasticityOrigin.values());
		expectKeys(expected, "intrathecal.phase.", IntrathecalTitrationLimit.Phase.values());
		expectKeys(expected, "intrathecal.direction.", IntrathecalTitrationLimit.Direction.values());
		expectKeys(expected, "source.kind.", SourceKind.values());
		expectKeys(expected, "safety.kind.", SafetyKind.values());
		expectKeys(expected, "severity.", Severity.values());
		expectKeys(expected, "interactant.kind.", InteractantKind.values());
		expectKeys(expected, "claim.verdict.", ClaimCheck.Verdict.values());
		expectKeys(expected, "adverse.band.", FrequencyBand.values());
		expectKeys(expected, "content.kind.", ContentKind.values());
		expectKeys(expected, "check.verdict.", Verdict.values());
		expectKeys(expected, "admin.revisionType.", org.hibernate.envers.RevisionType.values());
		expectKeys(expected, "account.role.", org.baclofen.reference.account.Role.values());
		expectKeys(expected, "signInLimits.scope.", org.baclofen.reference.account.FailureCount.Scope.values());
		expectKeys(expected, "review.action.", org.baclofen.reference.editor.DraftAction.values());
		expectKeys(expected, "review.status.", org.baclofen.reference.editor.DraftStatus.values());
		expectKeys(expected, "check.severity.", Rule.Severity.values());
		expectKeys(expected, "renal.calculator.unit.", CockcroftGault.CreatinineUnit.values());
		expectKeys(expected, "renal.calculator.sex.", CockcroftGault.Sex.values());
		expectKeys(expected, "handout.paper.", PatientHandouts.Paper.values());
		expectKeys(expected, "handout.time.", org.baclofen.reference.titration.DoseTime.values());
		expectKeys(expected, "ageRule.schedule.", org.baclofen.reference.dosing.OralAgeRule.Schedule.values());
		expectKeys(expected, "changes.type.", org.baclofen.reference.changelog.PublishedChange.Type.values());
		assertThat(expected).allSatisfy((key) -> assertThat(messages).containsKey(key));
	}

	@Test
	void everyEnumBuiltKeyPrefixIsCoveredAbove() throws IOException {
		List<String> covered = List.of("route", "indication.status", "indications.section", "indication.evidence",
				"dosageForm.form", "guidance.topic", "origin", "intrathecal.phase", "intrathecal.direction",
				"source.kind", "safety.kind", "severity", "interactant.kind", "claim.verdict", "content.kind",
				"interactions.scale", "check", "check.verdict", "check.severity", "admin.kind", "admin.revisionType",
				"account.role", "renal.calculator.unit", "renal.calculator.sex", "handout.paper", "changes.type",
				"review.action", "review.status", "signInLimits.scope", "ageRule.schedule", "handout.time",
				"adverse.band");
		for (String template : templates()) {
			Matcher matcher = PREFIX_KEY.matcher(template);
			while (matcher.find()) {
				assertThat(covered).as("enum-built key prefix").contains(matcher.group(1));
			}
		}
	}

	/**
	 * Spring formats a message (turning '' into ') only when it has arguments; elsewhere
	 * '' shows as typed.
	 */
	@Test
	void doubledApostrophesOnlyInMessagesWithArguments() throws IOException {
		Properties messages = messages();
		List<String> wrong = messages.stringPropertyNames()
			.stream()
			.filter((key) -> messages.getProperty(key).contains("''")
					&& !messages.getProperty(key).matches("(?s).*\\{\\d.*"))
			.sorted()
			.toList();
		assertThat(wrong).isEmpty();
	}

	/**
	 * A key defined twice silently takes the later text, so one of the two messages is
	 * never shown.
	 */
	@Test
	void noKeyIsDefinedTwice() throws IOException {
		List<String> keys = new ArrayList<>();
		for (String line : new String(MessagesTest.class.getResourceAsStream("/messages.properties").readAllBytes(),
				StandardCharsets.UTF_8)
			.split("\\R")) {
			if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
				keys.add(line.substring(0, line.indexOf('=')).strip());
			}
		}
		assertThat(keys).doesNotHaveDuplicates();
	}

	private static void expectKeys(List<String> expected, String prefix, Enum<?>[] values) {
		for (Enum<?> value : values) {
			expected.add(prefix + value.name());
		}
	}

	private static Properties messages() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = MessagesTest.class.getResourceAsStream("/messages.properties")) {
			messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return messages;
	}

	private static List<String> templates() throws IOException {
		try (Stream<Path> paths = Files.walk(Path.of("src/main/resources/templates"))) {
			return paths.filter((path) -> path.toString().endsWith(".html")).map((path) -> {
				try {
					return Files.readString(path);
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
		}
	}

}
