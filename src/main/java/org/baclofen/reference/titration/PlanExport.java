package org.baclofen.reference.titration;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.baclofen.reference.system.PlainNumbers;

/**
 * A plan as a spreadsheet (CSV) or a calendar (iCalendar, RFC 5545): one row or one
 * all-day event per step. No patient details go into either.
 */
public final class PlanExport {

	private static final DateTimeFormatter ICS_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter ICS_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private PlanExport() {
	}

	/**
	 * Starts with a byte order mark: without it, spreadsheet programs read UTF-8 as their
	 * local code page and show "½ × 5 mg tablet" as "Â½ Ã— 5 mg tablet".
	 */
	static final char BYTE_ORDER_MARK = '\uFEFF';

	private static final String HEADER = String.join(",", "step", "from_date", "to_date", "from_day", "to_day",
			"dose_mg", "times_per_day", "how_often", "daily_mg", "amount_per_dose") + "\r\n";

	public static String csv(List<ScheduledStep> steps) {
		StringBuilder csv = new StringBuilder().append(BYTE_ORDER_MARK).append(HEADER);
		for (ScheduledStep step : steps) {
			csv.append(step.step())
				.append(',')
				.append(nullToEmpty(step.fromDate()))
				.append(',')
				.append(nullToEmpty(step.toDate()))
				.append(',')
				.append(step.fromDay())
				.append(',')
				.append(step.toDay())
				.append(',')
				.append(step.doseMg().toPlainString())
				.append(',')
				.append(step.timesPerDay())
				.append(',')
				.append(step.isStopped() ? "stop" : PlainNumbers.timesADay(step.timesPerDay()))
				.append(',')
				.append(step.dailyMg().toPlainString())
				.append(',')
				.append('"')
				.append(nullToEmpty(step.perDose()))
				.append('"')
				.append("\r\n");
		}
		return csv.toString();
	}

	/**
	 * One all-day event per dated step; the end date is exclusive, as the standard
	 * requires.
	 */
	public static String ics(List<ScheduledStep> steps, Instant now) {
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//Baclofen Reference//Titration plan//EN");
		line(ics, "CALSCALE:GREGORIAN");
		for (ScheduledStep step : steps) {
			if (step.fromDate() == null) {
				continue;
			}
			line(ics, "BEGIN:VEVENT");
			line(ics, "UID:baclofen-step-" + step.step() + "-" + ICS_DATE.format(step.fromDate())
					+ "@baclofen-reference");
			line(ics, "DTSTAMP:" + ICS_STAMP.format(now));
			line(ics, "DTSTART;VALUE=DATE:" + ICS_DATE.format(step.fromDate()));
			line(ics, "DTEND;VALUE=DATE:" + ICS_DATE.format(step.toDate().plusDays(1)));
			line(ics, "SUMMARY:" + escape(summary(step)));
			if (!step.isStopped()) {
				line(ics,
						"DESCRIPTION:" + escape("Each dose: " + step.doseMg().toPlainString() + " mg = "
								+ step.perDose() + ", " + PlainNumbers.timesADay(step.timesPerDay()) + ". Daily total "
								+ step.dailyMg().toPlainString() + " mg."));
			}
			line(ics, "END:VEVENT");
		}
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	static String summary(ScheduledStep step) {
		if (step.isStopped()) {
			return "Baclofen: stop (step " + step.step() + ")";
		}
		return "Baclofen " + step.doseMg().toPlainString() + " mg, " + PlainNumbers.timesADay(step.timesPerDay())
				+ " (step " + step.step() + ")";
	}

	private static String nullToEmpty(Object value) {
		return (value == null) ? "" : value.toString();
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
	}

	/** Content lines end in CRLF and are folded at 75 octets. */
	private static void line(StringBuilder ics, String content) {
		String remaining = content;
		boolean first = true;
		while (remaining.getBytes(StandardCharsets.UTF_8).length > (first ? 75 : 74)) {
			int cut = Math.min(remaining.length(), first ? 75 : 74);
			while (remaining.substring(0, cut).getBytes(StandardCharsets.UTF_8).length > (first ? 75 : 74)) {
				cut--;
			}
			ics.append(first ? "" : " ").append(remaining, 0, cut).append("\r\n");
			remaining = remaining.substring(cut);
			first = false;
		}
		ics.append(first ? "" : " ").append(remaining).append("\r\n");
	}

}
