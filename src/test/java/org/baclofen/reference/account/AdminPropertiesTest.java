package org.baclofen.reference.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The admin settings are read from environment variables named as the README documents
 * them.
 */
class AdminPropertiesTest {

	private static AdminProperties bind(org.springframework.core.env.PropertySource<?> source) {
		return new Binder(ConfigurationPropertySources.from(source)).bindOrCreate("baclofen.admin",
				AdminProperties.class);
	}

	@Test
	void environmentVariablesBindByRelaxedBinding() {
		AdminProperties settings = bind(
				new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						Map.of("BACLOFEN_ADMIN_USERNAME", "chief", "BACLOFEN_ADMIN_PASSWORD", "a-chosen-password",
								"BACLOFEN_ADMIN_RESET_USERNAME", "editor2", "BACLOFEN_ADMIN_RESET_PASSWORD",
								"a-recovery-phrase")));
		assertThat(settings.username()).isEqualTo("chief");
		assertThat(settings.password()).isEqualTo("a-chosen-password");
		assertThat(settings.reset().username()).isEqualTo("editor2");
		assertThat(settings.reset().password()).isEqualTo("a-recovery-phrase");
		assertThat(settings.reset().requested()).isTrue();
	}

	@Test
	void nothingSetMeansNoFirstAdminValuesAndNoReset() {
		AdminProperties settings = bind(new MapPropertySource("empty", Map.of()));
		assertThat(settings.username()).isEmpty();
		assertThat(settings.password()).isEmpty();
		assertThat(settings.reset().requested()).isFalse();
	}

	@Test
	void propertiesFilesUseTheCanonicalNames() {
		AdminProperties settings = bind(new MapPropertySource("file",
				Map.of("baclofen.admin.username", "chief", "baclofen.admin.reset.username", "chief")));
		assertThat(settings.username()).isEqualTo("chief");
		assertThat(settings.reset().username()).isEqualTo("chief");
	}

}
