package org.baclofen.reference.system;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;

import org.springframework.format.Formatter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The rules every form binding follows ({@code @ModelAttribute}, {@code @RequestParam},
 * {@code @PathVariable}).
 * <p>
 * Numbers and text are bound by editors rather than only by the conversion service: when
 * a conversion fails, Spring falls back to its default editors, which read
 * {@code 1e999999999} as a number and {@code 0x10} as 16. An editor is used instead of
 * that fallback, so {@link PlainNumbers} and {@link PlainText} decide alone; what they
 * refuse is a typeMismatch field error that shows what was typed.
 */
@ControllerAdvice
public class FormBinding {

	/**
	 * The highest row index a form may send ({@code steps[99].days}): a list grows only
	 * this far, and a larger, negative or non-numeric index is a bad request instead of a
	 * list of a million rows.
	 */
	public static final int MAX_ROWS = 100;

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(MAX_ROWS);
		binder.registerCustomEditor(String.class, new FirstValueEditor(new PlainText.CheckedFormatter(), false));
		binder.registerCustomEditor(BigDecimal.class,
				new FirstValueEditor(new WebConfiguration.PlainDecimalFormatter(), true));
		binder.registerCustomEditor(Integer.class,
				new FirstValueEditor(WebConfiguration.WholeNumberFormatter.INTEGER, true));
		binder.registerCustomEditor(int.class,
				new FirstValueEditor(WebConfiguration.WholeNumberFormatter.INTEGER, false));
		binder.registerCustomEditor(Long.class, new FirstValueEditor(WebConfiguration.WholeNumberFormatter.LONG, true));
		binder.registerCustomEditor(long.class,
				new FirstValueEditor(WebConfiguration.WholeNumberFormatter.LONG, false));
	}

	/**
	 * Reads one value with a formatter. A parameter sent twice binds its first value:
	 * Spring would otherwise join text values as "a,b". When the first value is refused,
	 * Spring passes the joined values to {@link #setAsText}, which refuses them too.
	 */
	static final class FirstValueEditor extends PropertyEditorSupport {

		private final Formatter<?> formatter;

		private final boolean emptyAsNull;

		FirstValueEditor(Formatter<?> formatter, boolean emptyAsNull) {
			this.formatter = formatter;
			this.emptyAsNull = emptyAsNull;
		}

		@Override
		public void setValue(Object value) {
			if (value instanceof String[] values) {
				setAsText((values.length == 0) ? null : values[0]);
			}
			else {
				super.setValue(value);
			}
		}

		@Override
		public void setAsText(String text) {
			if (text == null || (this.emptyAsNull && text.isBlank())) {
				super.setValue(null);
				return;
			}
			try {
				super.setValue(this.formatter.parse(text, Locale.ROOT));
			}
			catch (ParseException ex) {
				throw new IllegalArgumentException(ex.getMessage(), ex);
			}
		}

		@Override
		@SuppressWarnings({ "unchecked", "rawtypes" })
		public String getAsText() {
			Object value = getValue();
			return (value == null) ? "" : ((Formatter) this.formatter).print(value, Locale.ROOT);
		}

	}

}
