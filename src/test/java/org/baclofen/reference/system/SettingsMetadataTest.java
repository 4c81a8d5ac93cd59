package org.baclofen.reference.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every {@code baclofen.*} setting the application reads is declared by a typed
 * {@code @ConfigurationProperties} record, so spring-boot-configuration-processor
 * describes it in {@code META-INF/spring-configuration-metadata.json} (type, default,
 * description) for IDEs and operators. A key set in {@code application*.properties} or
 * named in a condition without such a record fails here.
 */
class SettingsMetadataTest {

	private static final Pattern KEY = Pattern.compile("(?m)^(baclofen\\.[a-z0-9.-]+)=");

	private static final Pattern CONDITION_KEY = Pattern.compile("name = \"(baclofen\\.[a-z0-9.-]+)\"");

	@Test
	void everyBaclofenSettingHasMetadata() throws IOException {
		Set<String> declared = declaredKeys();
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
			for (Path file : files.filter((f) -> f.getFileName().toString().matches("application.*\\.properties"))
				.toList()) {
				collect(KEY, Files.readString(file), used);
			}
		}
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((f) -> f.toString().endsWith(".java")).toList()) {
				collect(CONDITION_KEY, Files.readString(source), used);
			}
		}
		assertThat(used).contains("baclofen.public-base-url", "baclofen.page-cache.enabled");
		assertThat(declared).containsAll(used);
		assertThat(declared).contains("baclofen.admin.username", "baclofen.page-cache.max-size");
	}

	@Test
	void settingsCarryTheirDescriptions() throws IOException {
		for (JsonNode property : metadata().get("properties")) {
			if (property.get("name").asString().startsWith("baclofen.")) {
				assertThat(property.has("description")).as(property.get("name").asString()).isTrue();
			}
		}
	}

	private static void collect(Pattern pattern, String text, Set<String> into) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			into.add(matcher.group(1));
		}
	}

	private static Set<String> declaredKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (JsonNode property : metadata().get("properties")) {
			keys.add(property.get("name").asString());
		}
		return keys;
	}

	private static JsonNode metadata() throws IOException {
		try (InputStream in = SettingsMetadataTest.class.getClassLoader()
			.getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("metadata written by spring-boot-configuration-processor").isNotNull();
			return new ObjectMapper().readTree(in);
		}
	}

}
