package org.baclofen.reference.dosing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclofen.reference.editor.SecondReviewer.approvePending;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.editor.AdminFormPost;
import org.baclofen.reference.editor.DraftQueue;
import org.baclofen.reference.editor.Publishing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing the renal bands through the admin forms: a clearance falls in one band only, so
 * overlapping bands are refused with the band they overlap named.
 */
@ReferenceAppTest
@Transactional
class RenalBandAdminTest {

	private static final Map<String, String> VALID = Map.of("crclMinMlPerMin", "50", "minInclusive", "false",
			"crclMaxMlPerMin", "80", "maxInclusive", "true", "doseReductionPercent", "25", "advice",
			"Test advice for the band.", "sourceKind", "PUBLISHED_STUDY", "sourceIds", "20");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Publishing publishing;

	@Autowired
	private RenalBandRepository bands;

	@Autowired
	private EntityManager entityManager;

	private RenalBand band(String min) {
		return this.bands.findAllByOrderByCrclMinMlPerMinDesc()
			.stream()
			.filter((band) -> band.getCrclMinMlPerMin() != null
					&& band.getCrclMinMlPerMin().compareTo(new BigDecimal(min)) == 0)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * A save with valid fields; each pair of overrides replaces a field, and a null value
	 * leaves it out.
	 */
	private static MockHttpServletRequestBuilder save(String path, String... overrides) {
		return AdminFormPost.asEditor(path, VALID, overrides);
	}

	@Test
	void theListAndTheNewFormRender() throws Exception {
		this.mvc.perform(get("/admin/renal-bands").with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("CrCl above 50 to 80 mL/min")))
			.andExpect(content().string(containsString("On dialysis")));
		this.mvc.perform(get("/admin/renal-bands/new").with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk());
	}

	@Test
	void aValidEditIsSavedAndShownPublicly() throws Exception {
		RenalBand band = band("50");
		this.mvc.perform(save("/admin/renal-bands/" + band.getId(), "version", "" + band.getVersion()))
			.andExpect(redirectedUrl("/admin/renal-bands/" + band.getId()));
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(band("50").getDoseReductionPercent()).isEqualByComparingTo("25");
		this.mvc.perform(get("/dosing/renal")).andExpect(content().string(containsString("Test advice for the band.")));
	}

	@Test
	void anOverlappingBandIsRefusedNamingTheBandItOverlaps() throws Exception {
		this.mvc
			.perform(save("/admin/renal-bands", "reviewed", "true", "crclMinMlPerMin", "40", "crclMaxMlPerMin", "60"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"id=\"crclMinMlPerMin-error\">This band overlaps the stored band &quot;CrCl above 50 "
							+ "to 80 mL/min&quot;")));
		this.mvc.perform(save("/admin/renal-bands", "reviewed", "true", "crclMinMlPerMin", "", "crclMaxMlPerMin", "10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"overlaps the stored band &quot;On dialysis, or kidney failure (CrCl under 15 mL/min)&quot;")));
		this.mvc
			.perform(save("/admin/renal-bands", "reviewed", "true", "crclMinMlPerMin", "20", "crclMaxMlPerMin", "25"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("overlaps the stored band &quot;CrCl 15 to under 30 mL/min&quot;")));
		RenalBand band = band("50");
		this.mvc
			.perform(save("/admin/renal-bands/" + band.getId(), "version", "" + band.getVersion(), "crclMinMlPerMin",
					"45"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("overlaps the stored band &quot;CrCl 30 to 50 mL/min&quot;")));
		this.entityManager.clear();
		assertThat(band("50").getVersion()).isEqualTo(band.getVersion());
		assertThat(this.bands.findAllByOrderByCrclMinMlPerMinDesc()).hasSize(5);
	}

	@Test
	void bandsMayShareAnEdgeOnlyOneOfThemIncludes() throws Exception {
		RenalBand top = band("80");
		this.mvc.perform(AdminFormPost.asEditor("/admin/renal-bands/" + top.getId() + "/delete", Map.of()))
			.andExpect(redirectedUrlPattern("/admin/renal-bands/*"));
		approvePending(this.queue, this.publishing);
		this.mvc
			.perform(save("/admin/renal-bands", "reviewed", "true", "crclMinMlPerMin", "80", "minInclusive", "true",
					"crclMaxMlPerMin", "", "maxInclusive", "false"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("overlaps the stored band &quot;CrCl above 50 to 80 mL/min&quot;")));
		this.mvc
			.perform(save("/admin/renal-bands", "reviewed", "true", "crclMinMlPerMin", "80", "minInclusive", "false",
					"crclMaxMlPerMin", "", "maxInclusive", "false"))
			.andExpect(redirectedUrl("/admin/drafts"));
		approvePending(this.queue, this.publishing);
	}

	@Test
	void thereIsOneDialysisBandWithADailyMaximum() throws Exception {
		this.mvc
			.perform(save("/admin/renal-bands", "reviewed", "true", "dialysis", "true", "crclMinMlPerMin", "",
					"crclMaxMlPerMin", "", "maxDailyMg", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"dialysis-error\">This band overlaps the stored band")))
			.andExpect(content().string(containsString("&quot;On dialysis, or kidney failure (CrCl under 15 mL/min)")));
		this.mvc
			.perform(save("/admin/renal-bands", "reviewed", "true", "dialysis", "true", "crclMinMlPerMin", "",
					"crclMaxMlPerMin", "", "maxDailyMg", ""))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("id=\"maxDailyMg-error\">Enter the daily maximum the dialysis band allows")));
	}

	@Test
	void theLowerBoundIsBelowTheUpperBound() throws Exception {
		this.mvc
			.perform(save("/admin/renal-bands", "reviewed", "true", "crclMinMlPerMin", "200", "crclMaxMlPerMin", "200"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("id=\"crclMinMlPerMin-error\">The lower bound must be below the upper bound<")));
	}

	@Test
	void eachBadFieldIsExplainedAndNothingIsSaved() throws Exception {
		RenalBand band = band("50");
		this.mvc
			.perform(save("/admin/renal-bands/" + band.getId(), "version", "" + band.getVersion(), "crclMinMlPerMin",
					"-5", "crclMaxMlPerMin", "0", "doseReductionPercent", "101", "advice", "", "sourceKind", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"crclMinMlPerMin-error\">Enter 0 or a larger number<")))
			.andExpect(content().string(containsString("id=\"crclMaxMlPerMin-error\">Enter a number above 0<")))
			.andExpect(content()
				.string(containsString("id=\"doseReductionPercent-error\">Enter a percentage from 0 to 100<")))
			.andExpect(content().string(containsString("id=\"advice-error\">Fill this in<")))
			.andExpect(content().string(containsString("id=\"sourceKind-error\">Fill this in<")));
		this.entityManager.clear();
		assertThat(band("50").getVersion()).isEqualTo(band.getVersion());
	}

}
