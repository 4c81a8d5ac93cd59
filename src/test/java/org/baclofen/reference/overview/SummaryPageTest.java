package org.baclofen.reference.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.regex.Pattern;

import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The home page is a summary read in seconds, from stored content; the claim checks and
 * the pharmacology have their own pages.
 */
@ReferenceAppTest
class SummaryPageTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ClaimCheckRepository claimChecks;

	private String html(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
	}

	private static int count(String html, String text) {
		return html.split(Pattern.quote(text), -1).length - 1;
	}

	@Test
	void theSummaryShowsEachPartUnderItsHeadingInReadingOrder() throws Exception {
		String html = html("/");
		int tools = html.indexOf("<h2>Tools</h2>");
		int boxed = html.indexOf("<h2 id=\"boxed-warning-heading\">Boxed warning</h2>");
		int glance = html.indexOf("<h2 id=\"at-a-glance\">Dosing at a glance</h2>");
		int contraindications = html.indexOf("<h2 id=\"contraindications\">Contraindications</h2>");
		int interactions = html.indexOf("<h2 id=\"top-interactions\">Most serious interactions</h2>");
		assertThat(html).contains("<title>Baclofen at a glance | Baclofen Reference</title>", "<h1>Baclofen</h1>");
		assertThat(tools).isPositive().isLessThan(boxed);
		assertThat(boxed).isLessThan(glance);
		assertThat(glance).isLessThan(contraindications);
		assertThat(contraindications).isLessThan(interactions);
	}

	@Test
	void dosingAtAGlanceGivesTheOralScheduleAndTheIntrathecalScreeningDosesWithSources() throws Exception {
		String glance = section(html("/"), "at-a-glance");
		assertThat(glance).contains("5 mg 3 times a day (15 mg/day)", "by 5 mg per dose every 3 days", "40–80 mg/day",
				"80 mg a day (20 mg four times daily)", "50 mcg", "75 mcg", "100 mcg");
		// The oral protocol and each screening dose carry their own sources and review
		// date.
		assertThat(count(glance, "class=\"citation\"")).isEqualTo(4);
	}

	@Test
	void theContraindicationsAndTheBoxedWarningLinkToTheirFullText() throws Exception {
		String html = html("/");
		assertThat(section(html, "contraindications")).contains("Hypersensitivity to baclofen",
				"href=\"/safety#safety-");
		assertThat(html).contains("Read the whole boxed warning");
	}

	@Test
	void theWorstInteractionsComeFirstWithTheSeverityLegend() throws Exception {
		String interactions = section(html("/"), "top-interactions");
		assertThat(count(interactions, ">Severity: ")).isEqualTo(OverviewController.TOP_INTERACTIONS);
		assertThat(interactions).contains("href=\"/interactions#opioids\"", "Severity: Major")
			.doesNotContain("Severity: Moderate");
		assertThat(interactions).contains("Severity, worst first:", "badge--severity-unknown\"", ">Not rated<");
	}

	@Test
	void everyToolIsLinkedFromTheSummary() throws Exception {
		String html = html("/");
		assertThat(html).contains("href=\"/titration/plan\"", "href=\"/titration/check\"", "href=\"/titration/taper\"",
				"href=\"/check\"", "href=\"/titration/intrathecal\"", "href=\"/claims\"", "href=\"/pharmacology\"");
	}

	@Test
	void theClaimChecksLiveOnTheirOwnPageLinkedFromTheMenu() throws Exception {
		assertThat(html("/")).doesNotContain("class=\"claim\"");
		String claims = html("/claims");
		assertThat(claims).contains("<h1>Claims checked against the sources</h1>",
				"aria-current=\"page\">Claims checked<");
		assertThat(count(claims, "<article class=\"claim claim--"))
			.isEqualTo(this.claimChecks.findAllByOrderBySortOrderAsc().size())
			.isPositive();
		// What the sources say is the heading; the claim is quoted under it with its
		// verdict.
		int finding = claims
			.indexOf("<h2>Baclofen acts directly on GABA-B receptors; no label says it releases GABA.</h2>");
		assertThat(finding).isPositive()
			.isLessThan(claims.indexOf("<q>Baclofen works by promoting the release of GABA.</q>"));
		assertThat(claims).doesNotContain("<h2>Baclofen works by promoting");
	}

	@Test
	void mechanismPharmacokineticsFormsAndCodesAreOnThePharmacologyPage() throws Exception {
		String html = html("/pharmacology");
		assertThat(html).contains("<h1>Pharmacology, products and codes</h1>", "<h2 id=\"mechanism\">",
				"<h2 id=\"pharmacokinetics\">", "<h2 id=\"dosage-forms\">", "387342009", "M03BX01");
	}

	@Test
	void bottomLinesAnswerKidneyDosePregnancyBreastfeedingAndStoppingEachInALine() throws Exception {
		String html = html("/");
		assertThat(html.indexOf("<h2 id=\"bottom-lines\">Bottom lines</h2>")).isPositive()
			.isLessThan(html.indexOf("<h2 id=\"at-a-glance\">"));
		String lines = section(html, "bottom-lines");
		assertThat(text(lines)).contains(
				"Kidney function Suggested reduction by creatinine clearance: above 50 to 80 mL/min,",
				"80 mL/min, about 33% less than the dose otherwise taken, a ceiling of 53.33 mg/day;",
				"; 30 to 50 mL/min, about 50% less than the dose otherwise taken, a ceiling of 40 mg/day;",
				"; 15 to under 30 mL/min, about 67% less than the dose otherwise taken, a ceiling of 26.67 mg/day;",
				"; on dialysis, with end-stage kidney disease or with a CrCl under 15 mL/min,",
				"15 mL/min, a ceiling of about 5 mg/day. Not from a US label",
				"Stopped suddenly? What to do now, and how to taper",
				"Pregnancy No adequate human data, and baclofen crosses the placenta;",
				"Breastfeeding Passes into milk at low levels");
		assertThat(lines).contains("href=\"/dosing/renal\"", "href=\"/dosing/discontinuation\"");
		// The kidney line cites every band it draws on; each other line its own item.
		assertThat(count(lines, "class=\"citation\"")).isEqualTo(4);
		assertThat(lines).contains(">S23</a>", ">S64</a>", ">S32</a>");
	}

	/** What a reader sees of some markup: its text, spaces collapsed. */
	private static String text(String html) {
		return html.replaceAll("<[^>]+>", " ")
			.replace("&#39;", "'")
			.replaceAll("\\s+", " ")
			.replace(" ,", ",")
			.replace(" ;", ";")
			.replace(" .", ".");
	}

	private static String section(String html, String headingId) {
		int start = html.indexOf("<h2 id=\"" + headingId + "\"");
		assertThat(start).as("section %s", headingId).isPositive();
		int end = html.indexOf("</section>", start);
		return html.substring(start, end);
	}

}
