package org.baclofen.reference.dosing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.baclofen.reference.content.Route;
import org.baclofen.reference.kind.CitedContentForm;
import org.baclofen.reference.kind.Label;
import org.hibernate.validator.constraints.Range;

/**
 * A titration protocol as an editor enters it. The schedule is typed one step per line:
 * {@code 1-3: 5 x 3} is days 1 to 3 at 5 mg three times a day, {@code 13-: 20 x 4 | note}
 * an open-ended step with a note, {@code 5: 10 x 3} a single day.
 */
public class TitrationProtocolForm extends CitedContentForm {

	private static final Pattern STEP = Pattern.compile(
			// first day, optional "-" and last day, ":" dose "x" times a day, optional
			// "|" note
			"(\\d{1,5})\\s*(?:(-)\\s*(\\d{1,5})?)?\\s*:"
					+ "\\s*(\\d{1,6}(?:\\.\\d{1,2})?)\\s*[xX×*]\\s*(\\d{1,2})\\s*(?:\\|(.*))?");

	@NotBlank(message = "{admin.required}")
	@Size(max = 40, message = "{admin.size}")
	@jakarta.validation.constraints.Pattern(regexp = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*",
			message = "{admin.protocol.code.pattern}")
	@Label("admin.field.code")
	private String code;

	@NotBlank(message = "{admin.required}")
	@Size(max = 150, message = "{admin.size}")
	@Label("admin.field.protocol.name")
	private String name;

	@NotNull(message = "{admin.required}")
	@Label(value = "admin.field.route", values = "route")
	private Route route;

	@NotNull(message = "{admin.required}")
	@DecimalMin(value = "0", inclusive = false, message = "{admin.number.positive}")
	@Digits(integer = 6, fraction = 2, message = "{admin.number.digits}")
	@Label("admin.field.protocol.startDoseMg")
	private BigDecimal startDoseMg;

	@NotNull(message = "{admin.required}")
	@Range(min = 1, max = 24, message = "{admin.number.range}")
	@Label("admin.field.protocol.administrationsPerDay")
	private Integer administrationsPerDay;

	@NotNull(message = "{admin.required}")
	@DecimalMin(value = "0", inclusive = false, message = "{admin.number.positive}")
	@Digits(integer = 6, fraction = 2, message = "{admin.number.digits}")
	@Label("admin.field.protocol.incrementMg")
	private BigDecimal incrementMg;

	@NotNull(message = "{admin.required}")
	@Range(min = 1, max = 365, message = "{admin.number.range}")
	@Label("admin.field.protocol.intervalDays")
	private Integer intervalDays;

	@NotNull(message = "{admin.required}")
	@DecimalMin(value = "0", inclusive = false, message = "{admin.number.positive}")
	@Digits(integer = 6, fraction = 2, message = "{admin.number.digits}")
	@Label("admin.field.protocol.maxDailyMg")
	private BigDecimal maxDailyMg;

	@NotNull(message = "{admin.required}")
	@Range(min = 1, max = 24, message = "{admin.number.range}")
	@Label("admin.field.protocol.maxAdministrationsPerDay")
	private Integer maxAdministrationsPerDay;

	@NotNull(message = "{admin.required}")
	@DecimalMin(value = "0", inclusive = false, message = "{admin.number.positive}")
	@Digits(integer = 6, fraction = 2, message = "{admin.number.digits}")
	@Label("admin.field.protocol.usualMinDailyMg")
	private BigDecimal usualMinDailyMg;

	@NotNull(message = "{admin.required}")
	@DecimalMin(value = "0", inclusive = false, message = "{admin.number.positive}")
	@Digits(integer = 6, fraction = 2, message = "{admin.number.digits}")
	@Label("admin.field.protocol.usualMaxDailyMg")
	private BigDecimal usualMaxDailyMg;

	@Size(max = 4000, message = "{admin.size}")
	@Label("admin.field.protocol.notes")
	private String notes;

	@NotBlank(message = "{admin.required}")
	@Size(max = 20000, message = "{admin.size}")
	@Label("admin.field.protocol.steps")
	private String steps = "";

	/**
	 * One line of the schedule as typed, numbered from 1 among the non-empty lines'
	 * positions.
	 */
	record StepLine(int line, String text, int firstDay, Integer lastDay, BigDecimal doseMg, int timesPerDay,
			String note) {

		BigDecimal dailyMg() {
			return this.doseMg.multiply(BigDecimal.valueOf(this.timesPerDay));
		}

		TitrationStep toStep() {
			return new TitrationStep(this.firstDay, this.lastDay, this.doseMg, this.timesPerDay, this.note);
		}

	}

	/** A line that is not a step, with its number in the box. */
	record BadLine(int line, String text) {
	}

	static TitrationProtocolForm of(TitrationProtocol protocol) {
		TitrationProtocolForm form = new TitrationProtocolForm();
		form.setVersion(protocol.getVersion());
		form.code = protocol.getCode();
		form.name = protocol.getName();
		form.route = protocol.getRoute();
		form.startDoseMg = protocol.getStartDoseMg();
		form.administrationsPerDay = protocol.getAdministrationsPerDay();
		form.incrementMg = protocol.getIncrementMg();
		form.intervalDays = protocol.getIntervalDays();
		form.maxDailyMg = protocol.getMaxDailyMg();
		form.maxAdministrationsPerDay = protocol.getMaxAdministrationsPerDay();
		form.usualMinDailyMg = protocol.getUsualMinDailyMg();
		form.usualMaxDailyMg = protocol.getUsualMaxDailyMg();
		form.notes = protocol.getNotes();
		form.steps = String.join("\n", protocol.getSteps().stream().map(TitrationProtocolForm::format).toList());
		form.setSourceIds(protocol.getSources().stream().map((source) -> source.getId()).toList());
		return form;
	}

	/**
	 * A step as a line of the schedule box, e.g. "1-3: 5 x 3" or "13-: 20 x 4 | note".
	 */
	static String format(TitrationStep step) {
		String days = step.getFirstDay() + "-" + (step.isOpenEnded() ? "" : step.getLastDay());
		String line = days + ": " + step.getDoseMg().stripTrailingZeros().toPlainString() + " x "
				+ step.getTimesPerDay();
		return (step.getNote() == null) ? line : line + " | " + step.getNote();
	}

	/**
	 * The steps that parse, in the order typed; see {@link #badLine()} for the first line
	 * that does not.
	 */
	List<StepLine> stepLines() {
		List<StepLine> lines = new ArrayList<>();
		forEachLine((number, text, matcher) -> {
			if (matcher != null) {
				int first = Integer.parseInt(matcher.group(1));
				Integer last = (matcher.group(2) == null) ? Integer.valueOf(first)
						: (matcher.group(3) == null) ? null : Integer.valueOf(matcher.group(3));
				String note = (matcher.group(6) == null) ? null : matcher.group(6).strip();
				lines.add(new StepLine(number, text, first, last, new BigDecimal(matcher.group(4)),
						Integer.parseInt(matcher.group(5)), (note == null || note.isEmpty()) ? null : note));
			}
		});
		return lines;
	}

	/** The first non-empty line that is not a step, or null when all are. */
	BadLine badLine() {
		List<BadLine> bad = new ArrayList<>();
		forEachLine((number, text, matcher) -> {
			if (matcher == null && bad.isEmpty()) {
				bad.add(new BadLine(number, text));
			}
		});
		return bad.isEmpty() ? null : bad.get(0);
	}

	private interface LineVisitor {

		void visit(int number, String text, Matcher matcher);

	}

	private void forEachLine(LineVisitor visitor) {
		if (this.steps == null) {
			return;
		}
		String[] lines = this.steps.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String text = lines[i].strip();
			if (text.isEmpty()) {
				continue;
			}
			Matcher matcher = STEP.matcher(text);
			visitor.visit(i + 1, text, matcher.matches() ? matcher : null);
		}
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Route getRoute() {
		return this.route;
	}

	public void setRoute(Route route) {
		this.route = route;
	}

	public BigDecimal getStartDoseMg() {
		return this.startDoseMg;
	}

	public void setStartDoseMg(BigDecimal startDoseMg) {
		this.startDoseMg = startDoseMg;
	}

	public Integer getAdministrationsPerDay() {
		return this.administrationsPerDay;
	}

	public void setAdministrationsPerDay(Integer administrationsPerDay) {
		this.administrationsPerDay = administrationsPerDay;
	}

	public BigDecimal getIncrementMg() {
		return this.incrementMg;
	}

	public void setIncrementMg(BigDecimal incrementMg) {
		this.incrementMg = incrementMg;
	}

	public Integer getIntervalDays() {
		return this.intervalDays;
	}

	public void setIntervalDays(Integer intervalDays) {
		this.intervalDays = intervalDays;
	}

	public BigDecimal getMaxDailyMg() {
		return this.maxDailyMg;
	}

	public void setMaxDailyMg(BigDecimal maxDailyMg) {
		this.maxDailyMg = maxDailyMg;
	}

	public Integer getMaxAdministrationsPerDay() {
		return this.maxAdministrationsPerDay;
	}

	public void setMaxAdministrationsPerDay(Integer maxAdministrationsPerDay) {
		this.maxAdministrationsPerDay = maxAdministrationsPerDay;
	}

	public BigDecimal getUsualMinDailyMg() {
		return this.usualMinDailyMg;
	}

	public void setUsualMinDailyMg(BigDecimal usualMinDailyMg) {
		this.usualMinDailyMg = usualMinDailyMg;
	}

	public BigDecimal getUsualMaxDailyMg() {
		return this.usualMaxDailyMg;
	}

	public void setUsualMaxDailyMg(BigDecimal usualMaxDailyMg) {
		this.usualMaxDailyMg = usualMaxDailyMg;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public String getSteps() {
		return this.steps;
	}

	public void setSteps(String steps) {
		this.steps = steps;
	}

}
