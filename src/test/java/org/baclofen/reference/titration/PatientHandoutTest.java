package org.baclofen.reference.titration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

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

	private static String text(PDDocument document) throws IOException {
		return new PDFTextStripper().getText(document);
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theStandardLabelPlanIsOnePageOnLetterAndOnA4WithEveryDay() throws Exception {
		for (String paper : new String[] { "LETTER", "A4" }) {
			byte[] bytes = pdf(get("/titration/plan/handout.pdf").param("start", "2026-12-01")
				.param("targetDailyMg", "80")
				.param("paper", paper));
			try (PDDocument document = Loader.loadPDF(bytes)) {
				assertThat(document.getNumberOfPages()).as(paper).isEqualTo(1);
				float width = document.getPage(0).getMediaBox().getWidth();
				assertThat(width).as(paper)
					.isCloseTo(paper.equals("A4") ? 595.3f : 612f, org.assertj.core.data.Offset.offset(1f));
				String text = text(document);
				assertThat(text).contains("Your baclofen schedule", "Name:", "Prescriber:", "Pharmacy phone:",
						"1 × 5 mg tablet (5 mg)", "1 × 10 mg tablet (10 mg)", "1 × 20 mg tablet (20 mg)", "Tue 1 Dec",
						"Tue 15 Dec", "After day 15, keep taking 1 × 20 mg tablet (20 mg), 4 times a day",
						"Do not stop taking baclofen all at once", "Call your prescriber or pharmacist if you have:",
						"drowsiness", "dizziness");
				assertThat(text).doesNotContain(CLINICAL).doesNotContain("Tue 16 Dec");
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
			assertThat(text).contains("2.5 mL (2.5 mg)", "Tue 1 Dec").doesNotContain(CLINICAL).doesNotContain("20 mL");
		}
	}

	@Test
	void aTapersHandoutEndsWithTheStopAndFitsOnePage() throws Exception {
		byte[] bytes = pdf(get("/titration/taper/handout.pdf").param("start", "2026-12-01")
			.param("currentDoseMg", "20")
			.param("timesPerDay", "3")
			.param("paper", "A4"));
		try (PDDocument document = Loader.loadPDF(bytes)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertThat(text(document))
				.contains("Your schedule for stopping baclofen", "1 × 10 mg tablet + 1 × 5 mg tablet (15 mg)",
						"Stop. Take no more baclofen.", "Do not stop sooner")
				.doesNotContain(CLINICAL)
				.doesNotContain("keep taking");
		}
	}

	@Test
	void theHandoutPageHasTheSheetsHeadingsBlankLinesAndTickBoxes() throws Exception {
		String html = html(post("/titration/plan/handout").param("start", "2026-12-01").param("crclMlPerMin", "45"));
		assertThat(html)
			.contains("<h1>Your baclofen schedule</h1>", "<caption>Your doses, day by day</caption>",
					"<span>Name:</span> <span class=\"blank\"></span>", "<span>Pharmacy phone:</span>",
					"<span class=\"box\" aria-hidden=\"true\"></span>", "Tick each dose")
			.doesNotContain(CLINICAL)
			.doesNotContain("_csrf");
		// A plan made with kidney inputs posts them again for its PDF; it never puts them
		// in an address.
		assertThat(html).contains("method=\"post\" action=\"/titration/plan/handout.pdf\"",
				"<input type=\"hidden\" name=\"crclMlPerMin\" value=\"45\"/>");
		assertThat(html(get("/titration/taper/handout").param("start", "2026-12-01")
			.param("currentDoseMg", "20")
			.param("timesPerDay", "3")))
			.contains("<h1>Your schedule for stopping baclofen</h1>", "<strong>Stop. Take no more baclofen.</strong>");
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
		String html = html(get("/titration/plan/handout").param("start", "2026-12-01"));
		assertThat(html).contains("sudden sneezing").doesNotContain("purple hiccups");
	}

}
