package org.baclofen.reference.system;

import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * The site is written in English only, so dates and month names are English whatever the
 * browser's Accept-Language says; this also lets one rendering of a public page serve
 * every reader (cache/).
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

	@Bean
	LocaleResolver localeResolver() {
		return new FixedLocaleResolver(Locale.ENGLISH);
	}

}
