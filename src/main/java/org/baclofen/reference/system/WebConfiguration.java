package org.baclofen.reference.system;

import java.math.BigDecimal;
import java.util.Locale;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How numbers typed into forms, query strings and addresses are read and printed. Form
 * binding uses the same formatters through {@link FormBinding}, so the bounds in
 * {@link PlainNumbers} hold on every page, the JSON APIs' query parameters and the admin
 * forms.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/**
	 * Doses and percentages print as people write them: 5, 2.5, 80 — never 5.00 or 8E+1.
	 */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(BigDecimal.class, new PlainDecimalFormatter());
		registry.addFormatterForFieldType(Integer.class, WholeNumberFormatter.INTEGER);
		registry.addFormatterForFieldType(Long.class, WholeNumberFormatter.LONG);
	}

	/**
	 * Pages link their icon, but some clients ask for /favicon.ico regardless; answer
	 * them with the icon instead of a 404 that logs a warning on every visit.
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
			BigDecimal value = PlainNumbers.decimalOrNull(text.strip());
			if (value == null) {
				throw new IllegalArgumentException("Not a plain decimal within bounds");
			}
			return value;
		}

	}

	/** Decimal digits only: Spring's default would also read 0x10 as 16 and #10 as 16. */
	static final class WholeNumberFormatter<N extends Number> implements Formatter<N> {

		static final WholeNumberFormatter<Integer> INTEGER = new WholeNumberFormatter<>(Long::intValue);

		static final WholeNumberFormatter<Long> LONG = new WholeNumberFormatter<>((value) -> value);

		private final java.util.function.Function<Long, N> narrow;

		WholeNumberFormatter(java.util.function.Function<Long, N> narrow) {
			this.narrow = narrow;
		}

		@Override
		public String print(N value, Locale locale) {
			return value.toString();
		}

		@Override
		public N parse(String text, Locale locale) {
			Long value = PlainNumbers.wholeOrNull(text.strip());
			if (value == null) {
				throw new IllegalArgumentException("Not a whole number within bounds");
			}
			return this.narrow.apply(value);
		}

	}

}
