package org.baclofen.reference.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkupTest {

	@ParameterizedTest
	@ValueSource(strings = { "<b>bold</b>", "Give <script>alert(1)</script>", "a<br>b", "</p>", "<!-- note -->",
			"Tom &amp; Jerry", "&#60;", "&#x3c;", "<a href=\"https://example.org\">link</a>" })
	void markupIsFound(String text) {
		assertThat(Markup.in(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "CrCl <30 mL/min", "if a < b and b > c", "5 mg -> 10 mg", "Tom & Jerry",
			"https://example.org/?a=1&b=2", "<= 80 mg/day", "" })
	void plainTextIsNot(String text) {
		assertThat(Markup.in(text)).isFalse();
	}

}
