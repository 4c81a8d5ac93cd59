package org.baclofen.reference.system;

import java.math.BigDecimal;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON bodies are read as strictly as forms: a number where a number is meant (no "5" for
 * 5, no 2.5 for a whole number, no 1 for true), decimals within {@link PlainNumbers}'
 * bounds and without exponents, text without control characters, and a document small
 * enough that reading it costs little.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration {

	/**
	 * Far more than the APIs' bodies need (60 steps, 30 medicines of 200 characters), and
	 * above the CDS Hooks service's own 1 MB request limit
	 * (baclofen.cds-hooks.max-request-bytes), which then speaks first.
	 */
	static final long MAX_DOCUMENT_LENGTH = 2 * 1024 * 1024;

	/**
	 * Long enough for any decimal FHIR sends; the API's own decimals are bounded by
	 * {@link PlainNumbers}.
	 */
	static final int MAX_NUMBER_LENGTH = 40;

	@Bean
	JsonFactoryBuilderCustomizer boundedJsonDocuments() {
		return (factory) -> factory.streamReadConstraints(StreamReadConstraints.builder()
			.maxDocumentLength(MAX_DOCUMENT_LENGTH)
			.maxNumberLength(MAX_NUMBER_LENGTH)
			.maxStringLength((int) MAX_DOCUMENT_LENGTH)
			.maxNestingDepth(32)
			.build());
	}

	@Bean
	JsonMapperBuilderCustomizer strictJsonInput() {
		return (mapper) -> mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.addModule(
					new SimpleModule("strict-input").addDeserializer(BigDecimal.class, new PlainDecimalDeserializer())
						.addDeserializer(String.class, new PlainTextDeserializer()));
	}

	/**
	 * A JSON number kept to the same plain, bounded form as a typed one: 1e999999999 is
	 * refused, not expanded.
	 */
	static final class PlainDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

		PlainDecimalDeserializer() {
			super(BigDecimal.class);
		}

		@Override
		public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_NUMBER_INT) && !parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
				return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
			}
			String text = parser.getString();
			BigDecimal value = PlainNumbers.decimalOrNull(text);
			if (value == null) {
				throw InvalidFormatException.from(parser, "must be a plain decimal such as 12.5, without an exponent",
						text, BigDecimal.class);
			}
			return value;
		}

	}

	/**
	 * Text as Jackson reads it, refused when it carries control characters (see
	 * {@link PlainText}).
	 */
	static final class PlainTextDeserializer extends StdScalarDeserializer<String> {

		PlainTextDeserializer() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = StringDeserializer.instance.deserialize(parser, context);
			if (text != null && PlainText.hasControlCharacter(text)) {
				throw InvalidFormatException.from(parser, "contains a control character (such as NUL); remove it",
						"(text with a control character)", String.class);
			}
			return text;
		}

	}

}
