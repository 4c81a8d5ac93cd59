package org.baclofen.reference.system;

import java.math.BigDecimal;
import java.util.Locale;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/** Doses and percentages print as people write them: 5, 2.5, 80 — never 5.00 or 8E+1. */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(BigDecimal.class, new PlainDecimalFormatter());
	}

	/**
	 * Pages link their icon, but some clients ask for /favicon.ico regardless; answer them with the icon
	 * instead of a 404 that logs a warning on every visit.
	 */
	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/favicon.ico", "/assets/favicon.svg")
			.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
	}

	static final class PlainDecimalFormatter implements Formatter<BigDecimal> {

		@Override
		public String print(BigDecimal value, Locale locale) {
			return value.stripTrailingZeros().toPlainString();
		}

		@Override
		public BigDecimal parse(String text, Locale locale) {
			return new BigDecimal(text.strip());
		}

	}

}
