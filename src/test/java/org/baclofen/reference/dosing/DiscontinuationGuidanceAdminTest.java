package org.baclofen.reference.dosing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclofen.reference.editor.SecondReviewer.approvePending;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import jakarta.persistence.EntityManager;
import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.editor.AdminFormPost;
import org.baclofen.reference.editor.DraftQueue;
import org.baclofen.reference.editor.Publishing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing discontinuation guidance through the admin forms: exactly one oral row with a
 * shortest taper stays the rule basis the taper checks read.
 */
@ReferenceAppTest
@Transactional
class DiscontinuationGuidanceAdminTest {

	private static final Map<String, String> VALID = Map.of("route", "ORAL", "title", "Test guidance: taper slowly",
			"minTaperDays", "7", "maxTaperDays", "21", "advice", "Reduce slowly in test steps.", "sortOrder", "25",
			"sourceIds", "20");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Publishing publishing;

	@Autowired
	private DiscontinuationGuidanceRepository guidance;

	@Autowired
	private EntityManager entityManager;

	private DiscontinuationGuidance ruleBasis() {
		return this.guidance.findAllByOrderBySortOrderAsc()
			.stream()
			.filter(DiscontinuationGuidance::isRuleBasis)
			.findFirst()
			.orElseThrow();
	}

	private DiscontinuationGuidance notRuleBasis() {
		return this.guidance.findAllByOrderBySortOrderAsc()
			.stream()
			.filter((item) -> !item.isRuleBasis() && item.getRoute() == org.baclofen.reference.content.Route.ORAL
					&& item.getMinTaperDays() != null)
			.findFirst()
			.orElseThrow();
	}

	private static String[] valuesOf(DiscontinuationGuidance item, String... overrides) {
		java.util.List<String> fields = new java.util.ArrayList<>(java.util.List.of("version", "" + item.getVersion(),
				"title", item.getTitle(), "route", item.getRoute().name(), "minTaperDays",
				(item.getMinTaperDays() == null) ? "" : "" + item.getMinTaperDays(), "maxTaperDays",
				(item.getMaxTaperDays() == null) ? "" : "" + item.getMaxTaperDays()));
		if (item.isRuleBasis()) {
			fields.addAll(java.util.List.of("ruleBasis", "true", "taperStepMaxFraction",
					item.getTaperStepMaxFraction().toPlainString(), "taperStepFloorMg",
					item.getTaperStepFloorMg().toPlainString(), "taperStepMinDays", "" + item.getTaperStepMinDays()));
		}
		fields.addAll(java.util.List.of(overrides));
		return fields.toArray(String[]::new);
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
		this.mvc.perform(get("/admin/discontinuation-guidance").with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("PDR: taper over 2 weeks or more")));
		this.mvc.perform(get("/admin/discontinuation-guidance/new").with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk());
	}

	@Test
	void aValidEditIsSavedAndShownPublicly() throws Exception {
		DiscontinuationGuidance item = notRuleBasis();
		this.mvc.perform(save("/admin/discontinuation-guidance/" + item.getId(), valuesOf(item)))
			.andExpect(redirectedUrl("/admin/discontinuation-guidance/" + item.getId()));
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(this.guidance.findById(item.getId()).orElseThrow().getAdvice())
			.isEqualTo("Reduce slowly in test steps.");
		this.mvc.perform(get("/dosing/discontinuation"))
			.andExpect(content().string(containsString("Reduce slowly in test steps.")));
	}

	@Test
	void theRuleBasisRowCanBeEditedAndItsTaperIsWhatTheChecksUse() throws Exception {
		DiscontinuationGuidance rule = ruleBasis();
		this.mvc
			.perform(save("/admin/discontinuation-guidance/" + rule.getId(),
					valuesOf(rule, "minTaperDays", "21", "maxTaperDays", "")))
			.andExpect(redirectedUrl("/admin/discontinuation-guidance/" + rule.getId()));
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(ruleBasis().getMinTaperDays()).isEqualTo(21);
	}

	@Test
	void theTaperEndIsEditedOnTheRuleBasisAndTheCheckerFollowsIt() throws Exception {
		String downToFifteen = """
				{"continuing": true, "steps": [{"days": 14, "doseMg": 20, "timesPerDay": 3}, {"days": 4, "doseMg": 15, "timesPerDay": 3},
				                               {"days": 5, "doseMg": 10, "timesPerDay": 3}, {"days": 5, "doseMg": 5, "timesPerDay": 3},
				                               {"days": 1, "doseMg": 0, "timesPerDay": 0}]}""";
		this.mvc.perform(post("/api/titration/check").contentType(MediaType.APPLICATION_JSON).content(downToFifteen))
			.andExpect(jsonPath("$.verdict").value("OK"));
		DiscontinuationGuidance rule = ruleBasis();
		this.mvc
			.perform(save("/admin/discontinuation-guidance/" + rule.getId(),
					valuesOf(rule, "taperEndFraction", "0.2", "taperEndMaxDailyMg", "10")))
			.andExpect(redirectedUrl("/admin/discontinuation-guidance/" + rule.getId()));
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(ruleBasis().getTaperEndFraction()).isEqualByComparingTo("0.2");
		this.mvc.perform(post("/api/titration/check").contentType(MediaType.APPLICATION_JSON).content(downToFifteen))
			.andExpect(jsonPath("$.verdict").value("ALERT"));
		this.mvc
			.perform(save("/admin/discontinuation-guidance/" + rule.getId(),
					valuesOf(ruleBasis(), "taperEndFraction", "1.5", "taperEndMaxDailyMg", "0")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("id=\"taperEndFraction-error\">Enter a share above 0 and at most 1")))
			.andExpect(content().string(containsString("id=\"taperEndMaxDailyMg-error\">Enter a number above 0")));
	}

	@Test
	void theTaperStepRuleIsEditedOnTheRuleBasisAndTheCheckerFollowsIt() throws Exception {
		String halfAtOnce = """
				{"continuing": true, "steps": [{"days": 14, "doseMg": 20, "timesPerDay": 3}, {"days": 7, "doseMg": 10, "timesPerDay": 3},
				                               {"days": 7, "doseMg": 5, "timesPerDay": 3}, {"days": 1, "doseMg": 0, "timesPerDay": 0}]}""";
		this.mvc.perform(post("/api/titration/check").contentType(MediaType.APPLICATION_JSON).content(halfAtOnce))
			.andExpect(jsonPath("$.verdict").value("CAUTION"))
			.andExpect(jsonPath("$.findings[0].rule").value("TAPER_STEP"))
			.andExpect(jsonPath("$.findings[0].message").value(containsString(
					"more than the 15 mg/day one step may remove: no step down removes more than 25% of the 60 mg/day")));
		DiscontinuationGuidance rule = ruleBasis();
		this.mvc
			.perform(
					save("/admin/discontinuation-guidance/" + rule.getId(),
							valuesOf(rule, "taperStepMaxFraction", "0.5", "taperEndFraction", "0.25",
									"taperEndMaxDailyMg", "10")))
			.andExpect(redirectedUrl("/admin/discontinuation-guidance/" + rule.getId()));
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(ruleBasis().getTaperStepMaxFraction()).isEqualByComparingTo("0.5");
		this.mvc.perform(post("/api/titration/check").contentType(MediaType.APPLICATION_JSON).content(halfAtOnce))
			.andExpect(jsonPath("$.verdict").value("OK"));
		this.mvc
			.perform(save("/admin/discontinuation-guidance/" + rule.getId(),
					valuesOf(ruleBasis(), "taperStepMaxFraction", "", "taperStepMinDays", "")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("id=\"taperStepMaxFraction-error\">The rule basis states the taper step rule")));
	}

	@Test
	void aSecondRuleBasisIsRefused() throws Exception {
		DiscontinuationGuidance item = notRuleBasis();
		this.mvc.perform(save("/admin/discontinuation-guidance/" + item.getId(), valuesOf(item, "ruleBasis", "true")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"ruleBasis-error\">Only one row can be the rule basis")));
		this.mvc.perform(save("/admin/discontinuation-guidance", "reviewed", "true", "ruleBasis", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"ruleBasis-error\">Only one row can be the rule basis")));
		this.mvc
			.perform(save("/admin/discontinuation-guidance", "reviewed", "true", "ruleBasis", "true", "route",
					"INTRATHECAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"id=\"ruleBasis-error\">The rule basis must be oral guidance with a shortest taper")));
		this.entityManager.clear();
		assertThat(this.guidance.findAllByOrderBySortOrderAsc().stream().filter(DiscontinuationGuidance::isRuleBasis))
			.hasSize(1);
	}

	@Test
	void theRuleBasisCannotBeLeftWithoutOne() throws Exception {
		DiscontinuationGuidance rule = ruleBasis();
		String[] values = valuesOf(rule, "minTaperDays", "14");
		java.util.List<String> withoutRuleBasis = new java.util.ArrayList<>(java.util.List.of(values));
		int at = withoutRuleBasis.indexOf("ruleBasis");
		withoutRuleBasis.set(at + 1, null);
		this.mvc
			.perform(save("/admin/discontinuation-guidance/" + rule.getId(), withoutRuleBasis.toArray(String[]::new)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("id=\"ruleBasis-error\">This row is the rule basis the taper checks use")));
		this.mvc.perform(save("/admin/discontinuation-guidance/" + rule.getId(), valuesOf(rule, "minTaperDays", "")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"id=\"ruleBasis-error\">The rule basis must be oral guidance with a shortest taper")));
		this.mvc
			.perform(AdminFormPost.asEditor("/admin/discontinuation-guidance/" + rule.getId() + "/delete", Map.of()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("it is the rule basis")));
		this.entityManager.clear();
		assertThat(ruleBasis().getId()).isEqualTo(rule.getId());
		assertThat(ruleBasis().getVersion()).isEqualTo(rule.getVersion());
	}

	@Test
	void otherRowsCanBeDeleted() throws Exception {
		DiscontinuationGuidance item = notRuleBasis();
		this.mvc
			.perform(AdminFormPost.asEditor("/admin/discontinuation-guidance/" + item.getId() + "/delete", Map.of()))
			.andExpect(redirectedUrlPattern("/admin/discontinuation-guidance/*"));
		approvePending(this.queue, this.publishing);
	}

	@Test
	void eachBadFieldIsExplainedAndNothingIsSaved() throws Exception {
		DiscontinuationGuidance item = notRuleBasis();
		this.mvc
			.perform(save("/admin/discontinuation-guidance/" + item.getId(), "version", "" + item.getVersion(), "route",
					"", "title", "", "minTaperDays", "-1", "maxTaperDays", "two weeks", "advice", "x".repeat(4001),
					"sortOrder", "10001"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"route-error\">Fill this in<")))
			.andExpect(content().string(containsString("id=\"title-error\">Fill this in<")))
			.andExpect(
					content().string(containsString("id=\"minTaperDays-error\">Enter a whole number from 0 to 3650<")))
			.andExpect(content().string(containsString("id=\"maxTaperDays-error\">Enter a whole number<")))
			.andExpect(content().string(containsString("id=\"advice-error\">Too long: at most 4000 characters<")))
			.andExpect(
					content().string(containsString("id=\"sortOrder-error\">Enter a whole number from 0 to 10000<")));
		this.entityManager.clear();
		assertThat(this.guidance.findById(item.getId()).orElseThrow().getVersion()).isEqualTo(item.getVersion());
	}

	@Test
	void titlesAreUniqueAndTapersRunFromMinToMax() throws Exception {
		this.mvc
			.perform(save("/admin/discontinuation-guidance", "reviewed", "true", "title",
					notRuleBasis().getTitle().toLowerCase(), "minTaperDays", "14", "maxTaperDays", "7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"title-error\">Another item already has this title<")))
			.andExpect(content()
				.string(containsString("id=\"minTaperDays-error\">The lower value cannot be above the upper value<")));
	}

}
