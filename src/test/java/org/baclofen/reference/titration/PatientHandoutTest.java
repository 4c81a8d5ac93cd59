package org.baclofen.reference.titration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.adverse.AdverseEffect;
import org.baclofen.reference.content.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient handout, as a page to print and as a PDF: the schedule day by day in plain
 * words, what to call about from the stored adverse effects, "do not stop suddenly", and
 * none of the clinician's view (kidney function, reductions, rule codes, sources).
 */
@ReferenceAppTest
class PatientHandoutTest {

	/**
	 * What only the clinician's view says: kidney function, reductions, rule codes,
	 * source keys.
	 */
	private static final String[] CLINICAL = { "CrCl", "mL/min", "%", "reduced", "RENAL", "STEP_SIZE", "DAILY_CAP",
			"ABRUPT_STOP", "S23", "S20", "band" };

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EntityManager entityManager;

	private byte[] pdf(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/** The PDF's text, with line breaks and runs of spaces as single spaces. */
	private static String text(PDDocument document) throws IOException {
		return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/**
	 * Every row of a handout, from its day number to the next day's, as the PDF reads.
	 */
	private static String row(String text, String day, String nextDay) {
		int from = text.indexOf(day);
		int to = text.indexOf(nextDay, from + day.length());
		assertThat(from).as("row " + day).isNotNegative();
		return text.substring(from, (to < 0) ? text.length() : to).replaceAll("\\s+", " ");
	}

	@Test
	void theStandardLabelPlanSaysHowOftenAndHowMuchOnEveryRowOnLetterAndA4() throws Exception {
		for (String paper : new String[] { "LETTER", "A4" }) {
			byte[] bytes = pdf(get("/titration/plan/handout.pdf").param("start", "2026-12-01")
				.param("targetDailyMg", "80")
				.param("paper", paper));
			try (PDDocument document = Loader.loadPDF(bytes)) {
				assertThat(document.getNumberOfPages()).as(paper).isBetween(1, 2);
				float width = document.getPage(0).getMediaBox().getWidth();
				assertThat(width).as(paper)
					.isCloseTo(paper.equals("A4") ? 595.3f : 612f, org.assertj.core.data.Offset.offset(1f));
				String text = text(document);
				assertThat(row(text, "1 Tue 1 Dec", "2 Wed 2 Dec"))
					.contains("5 mg (1 × 5 mg tablet), 3 times a day — morning, midday, evening");
				assertThat(row(text, "13 Sun 13 Dec", "14 Mon 14 Dec"))
					.contains("20 mg (1 × 20 mg tablet), 4 times a day — morning, midday, evening, bedtime");
				assertThat(text).contains("Your baclofen schedule", "Name:", "Prescriber:", "Pharmacy phone:",
						"Morning", "Midday", "Evening", "Bedtime", "Tue 15 Dec",
						"After day 15, keep taking 20 mg (1 × 20 mg tablet), 4 times a day",
						"Do not stop taking baclofen all at once", "Get help right away",
						"see or hear things that are not there", "seizure", "high fever", "very confused", "very stiff",
						"Alcohol makes the sleepiness", "medicines that make you sleepy",
						"Do not drive or use machines until you know how baclofen affects you", "feeling sleepy",
						"feeling dizzy or light-headed", "low blood pressure", "trouble sleeping");
				assertThat(text).doesNotContain(CLINICAL)
					.doesNotContain("Tue 16 Dec", "1 times", "drowsiness", "Hypotension", "hypotension", "insomnia",
							"urinary frequency");
			}
		}
	}

	@Test
	void aCrclFortyFivePlanPrintsOnceADayAndThreeTimesADayOnTheirOwnRows() throws Exception {
		byte[] bytes = pdf(post("/titration/plan/handout.pdf").param("start", "2026-12-01")
			.param("crclMlPerMin", "45")
			.param("paper", "A4"));
		try (PDDocument document = Loader.loadPDF(bytes)) {
			String text = text(document);
			for (String[] days : new String[][] { { "1 Tue 1 Dec", "2 Wed 2 Dec" },
					{ "3 Thu 3 Dec", "4 Fri 4 Dec" } }) {
				assertThat(row(text, days[0], days[1])).contains("5 mg (1 × 5 mg tablet), once a day — bedtime")
					.doesNotContain("3 times a day");
			}
			assertThat(row(text, "4 Fri 4 Dec", "5 Sat 5 Dec"))
				.contains("5 mg (1 × 5 mg tablet), 3 times a day — morning, midday, evening");
			assertThat(text).doesNotContain(CLINICAL);
		}
	}

	@Test
	void thePdfDrawsTheTickBoxesUnderTheDoseTimesAndTheLinesToWriteOn() throws Exception {
		for (String paper : new String[] { "A4", "LETTER" }) {
			byte[] bytes = pdf(post("/titration/plan/handout.pdf").param("start", "2026-12-01")
				.param("crclMlPerMin", "45")
				.param("paper", paper));
			try (PDDocument document = Loader.loadPDF(bytes)) {
				HandoutPixels page = HandoutPixels.of(document);
				// Day 1 is once a day: a box at bedtime, none in the morning (that cell
				// is
				// shaded instead).
				assertThat(page.darkPixelsUnder("Bedtime", "Tue 1 Dec")).as(paper).isGreaterThan(20);
				assertThat(page.darkPixelsUnder("Morning", "Tue 1 Dec")).as(paper).isZero();
				assertThat(page.greyPixelsUnder("Morning", "Tue 1 Dec")).as(paper).isGreaterThan(20);
				// Day 4 is 3 times a day: boxes in the morning, at midday and in the
				// evening.
				for (String time : new String[] { "Morning", "Midday", "Evening" }) {
					assertThat(page.darkPixelsUnder(time, "Fri 4 Dec")).as(paper + " " + time).isGreaterThan(20);
				}
				assertThat(page.darkPixelsUnder("Bedtime", "Fri 4 Dec")).as(paper).isZero();
				// The name, prescriber and pharmacy lines are drawn to write on.
				for (String label : new String[] { "Name:", "Prescriber:", "Pharmacy phone:" }) {
					assertThat(page.darkPixelsRightOf(label)).as(paper + " " + label).isGreaterThan(150);
				}
			}
		}
	}

	@Test
	void aRenalPlansHandoutGivesTheReducedDosesButNeverTheKidneyReasoning() throws Exception {
		byte[] bytes = pdf(post("/titration/plan/handout.pdf").param("start", "2026-12-01")
			.param("crclMlPerMin", "20")
			.param("product", "4"));
		try (PDDocument document = Loader.loadPDF(bytes)) {
			String text = text(document);
			assertThat(text).contains("2.5 mg (2.5 mL), twice a day — morning, evening", "Tue 1 Dec")
				.doesNotContain(CLINICAL)
				.doesNotContain("20 mL");
		}
	}

	@Test
	void aTapersHandoutIsAStoppingScheduleThatSaysHowOftenEachDay() throws Exception {
		byte[] bytes = pdf(get("/titration/taper/handout.pdf").param("start", "2026-12-01")
			.param("currentDoseMg", "20")
			.param("timesPerDay", "3")
			.param("paper", "A4"));
		try (PDDocument document = Loader.loadPDF(bytes)) {
			String text = text(document);
			assertThat(row(text, "1 Tue 1 Dec", "2 Wed 2 Dec"))
				.contains("15 mg (1 × 10 mg tablet + 1 × 5 mg tablet), 3 times a day — morning, midday, evening");
			assertThat(row(text, "16 Wed 16 Dec", "17 Thu 17 Dec"))
				.contains("5 mg (1 × 5 mg tablet), twice a day — morning, evening")
				.doesNotContain("3 times a day");
			assertThat(text)
				.contains("Your schedule for stopping baclofen", "This is your schedule for stopping baclofen",
						"Stop. Take no more baclofen from today.", "Do not stop sooner",
						"After the last day, take no more baclofen", "Get help right away")
				.doesNotContain(CLINICAL)
				.doesNotContain("keep taking", "your prescriber will tell you how", "If you want to stop");
		}
	}

	/**
	 * Flesch–Kincaid grade of the handout's prose (its paragraphs and list items, not the
	 * table of doses): a patient handout reads at grade 8 or below.
	 */
	@Test
	void theHandoutReadsAtGradeEightOrBelow() throws Exception {
		for (MockHttpServletRequestBuilder request : List.of(
				post("/titration/plan/handout").param("start", "2026-12-01"),
				get("/titration/taper/handout").param("start", "2026-12-01")
					.param("currentDoseMg", "20")
					.param("timesPerDay", "3"))) {
			String html = html(request);
			String main = html.substring(html.indexOf("<main"), html.indexOf("</main>"))
				.replaceAll("(?s)<table class=\"days\">.*?</table>", " ");
			List<String> prose = new java.util.ArrayList<>();
			java.util.regex.Matcher block = java.util.regex.Pattern.compile("(?s)<(p|li)\\b[^>]*>(.*?)</\\1>")
				.matcher(main);
			while (block.find()) {
				String text = block.group(2).replaceAll("<[^>]*>", " ").replace("&#39;", "'").strip();
				if (!text.isEmpty()) {
					prose.add(text.endsWith(".") || text.endsWith(":") ? text : text + ".");
				}
			}
			double grade = Readability.fleschKincaidGrade(String.join(" ", prose));
			assertThat(prose).hasSizeGreaterThan(6);
			assertThat(grade).as("Flesch-Kincaid grade of %s", prose).isLessThanOrEqualTo(8.0);
		}
	}

	@Test
	void theHandoutPageHasTheSheetsHeadingsBlankLinesAndTickBoxes() throws Exception {
		String html = html(post("/titration/plan/handout").param("start", "2026-12-01").param("crclMlPerMin", "45"));
		assertThat(html)
			.contains("<h1>Your baclofen schedule</h1>", "<caption>Your doses, day by day</caption>",
					"<td class=\"blanks__label\">Name:</td><td class=\"blanks__line\"></td>",
					"<td class=\"blanks__label\">Pharmacy phone:</td>",
					"<th scope=\"col\" class=\"tick-head\">Bedtime</th>",
					"<span class=\"box\"><span class=\"visually-hidden\">Tick when taken: Bedtime</span></span>",
					"5 mg (1 × 5 mg tablet), once a day — bedtime")
			.doesNotContain(CLINICAL)
			.doesNotContain("_csrf");
		// A plan made with kidney inputs posts them again for its PDF; it never puts them
		// in an address.
		assertThat(html).contains("method=\"post\" action=\"/titration/plan/handout.pdf\"",
				"<input type=\"hidden\" name=\"crclMlPerMin\" value=\"45\"/>");
		assertThat(html(get("/titration/taper/handout").param("start", "2026-12-01")
			.param("currentDoseMg", "20")
			.param("timesPerDay", "3"))).contains("<h1>Your schedule for stopping baclofen</h1>",
					"<strong>Stop. Take no more baclofen from today.</strong>");
	}

	@Test
	void thePlanAndTaperPagesOfferTheHandout() throws Exception {
		assertThat(html(get("/titration/plan").param("start", "2026-12-01"))).contains(
				"formaction=\"/titration/plan/handout\"", "formaction=\"/titration/plan/handout.pdf\"",
				"<option value=\"A4\">A4</option>");
		assertThat(html(get("/titration/taper").param("start", "2026-12-01")
			.param("currentDoseMg", "20")
			.param("timesPerDay", "3"))).contains("formaction=\"/titration/taper/handout.pdf\"");
	}

	@Test
	void aHandoutWithoutAPlanGoesBackToTheFormWithoutKidneyInputsInTheAddress() throws Exception {
		this.mvc.perform(get("/titration/plan/handout").param("start", "2026-12-01").param("crclMlPerMin", "20"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/titration/plan?start=2026-12-01"));
		this.mvc.perform(get("/titration/plan/handout.pdf").param("targetDailyMg", "500"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/titration/plan?targetDailyMg=500"));
	}

	/**
	 * The side effects come from the stored content: a new common oral reaction appears
	 * on the next handout.
	 */
	@Test
	@Transactional
	void theSideEffectsAreTheStoredCommonOralReactions() throws Exception {
		AdverseEffect added = new AdverseEffect("Sudden sneezing", Route.ORAL, "Respiratory",
				LocalDate.of(2026, 12, 1));
		added.describe("Sudden sneezing", Route.ORAL, "Respiratory", new BigDecimal("2"), new BigDecimal("5"), null,
				95);
		this.entityManager.persist(added);
		AdverseEffect rare = new AdverseEffect("Purple hiccups", Route.ORAL, "Respiratory", LocalDate.of(2026, 12, 1));
		this.entityManager.persist(rare);
		added.wordForPatients("sneezing a lot");
		String html = html(get("/titration/plan/handout").param("start", "2026-12-01"));
		assertThat(html).contains("sneezing a lot").doesNotContain("purple hiccups").doesNotContain("Sudden sneezing");
	}

}
