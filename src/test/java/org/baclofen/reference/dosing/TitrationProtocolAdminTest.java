package org.baclofen.reference.dosing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclofen.reference.editor.SecondReviewer.approvePending;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.editor.AdminFormPost;
import org.baclofen.reference.editor.DraftQueue;
import org.baclofen.reference.editor.Publishing;
import org.baclofen.reference.editor.SecondReviewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing the titration protocol and its schedule through the admin form: the rules read
 * it on every request, so a saved change is what the checker applies next.
 */
@ReferenceAppTest
@Transactional
class TitrationProtocolAdminTest {

	private static final String SCHEDULE = """
			1-3: 5 x 3 | Start low.
			4-6: 10 x 3
			7-9: 15 x 3
			10-12: 20 x 3
			13-: 20 x 4 | Raise further only if needed.
			""";

	private static final String EIGHTY_AS_FOUR_DOSES = """
			{"continuing": true, "steps": [{"days": 3, "doseMg": 20, "timesPerDay": 4}]}""";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Publishing publishing;

	@Autowired
	private TitrationProtocolRepository protocols;

	@Autowired
	private EntityManager entityManager;

	private TitrationProtocol oral() {
		return this.protocols.findByCode(TitrationProtocol.ORAL_US_LABEL).orElseThrow();
	}

	/**
	 * A save of the oral protocol with valid limits; each pair of overrides replaces a
	 * field.
	 */
	private MockHttpServletRequestBuilder save(String steps, String... overrides) {
		TitrationProtocol oral = oral();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", "" + oral.getVersion());
		fields.put("code", TitrationProtocol.ORAL_US_LABEL);
		fields.put("name", "Oral baclofen titration (edited)");
		fields.put("route", "ORAL");
		fields.put("startDoseMg", "5");
		fields.put("administrationsPerDay", "3");
		fields.put("incrementMg", "5");
		fields.put("intervalDays", "3");
		fields.put("maxDailyMg", "80");
		fields.put("maxAdministrationsPerDay", "4");
		fields.put("usualMinDailyMg", "40");
		fields.put("usualMaxDailyMg", "80");
		fields.put("notes", "Adjust to the response.");
		fields.put("steps", steps);
		fields.put("sourceIds", "20");
		return AdminFormPost.asEditor("/admin/titration-protocols/" + oral.getId(), fields, overrides);
	}

	private ResultActions check(String json) throws Exception {
		return this.mvc.perform(post("/api/titration/check").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private void forgetLoadedRows() {
		this.entityManager.flush();
		this.entityManager.clear();
	}

	@Test
	void theListAndTheNewFormRender() throws Exception {
		this.mvc.perform(get("/admin/titration-protocols").with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Oral baclofen titration (US label schedule)")));
		this.mvc.perform(get("/admin/titration-protocols/new").with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk());
	}

	@Test
	void theFormShowsTheScheduleOneStepPerLine() throws Exception {
		this.mvc.perform(get("/admin/titration-protocols/" + oral().getId()).with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1-3: 5 x 3")))
			.andExpect(content().string(containsString("13-: 20 x 4 | ")));
	}

	@Test
	void aValidEditReplacesTheSchedule() throws Exception {
		this.mvc.perform(save(SCHEDULE)).andExpect(redirectedUrlPattern("/admin/titration-protocols/*"));
		approvePending(this.queue, this.publishing);
		forgetLoadedRows();
		TitrationProtocol saved = oral();
		assertThat(saved.getName()).isEqualTo("Oral baclofen titration (edited)");
		assertThat(saved.getSteps()).extracting(TitrationStep::getFirstDay).containsExactly(1, 4, 7, 10, 13);
		assertThat(saved.getSteps().get(0).getNote()).isEqualTo("Start low.");
		assertThat(saved.getSteps().get(1).getNote()).isNull();
		assertThat(saved.getSteps().get(4).isOpenEnded()).isTrue();
		assertThat(saved.getSteps().get(4).getDailyMg()).isEqualByComparingTo("80");

		this.mvc.perform(save("1-7: 5 x 3\n8: 7.5 x 3\n9-: 10 x 3"))
			.andExpect(redirectedUrlPattern("/admin/titration-protocols/*"));
		approvePending(this.queue, this.publishing);
		forgetLoadedRows();
		assertThat(oral().getSteps()).extracting(TitrationStep::getFirstDay, TitrationStep::getLastDay)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 7), org.assertj.core.groups.Tuple.tuple(8, 8),
					org.assertj.core.groups.Tuple.tuple(9, null));
		this.mvc.perform(get("/dosing/oral"))
			.andExpect(content().string(containsString("Oral baclofen titration (edited)")));
	}

	@Test
	void aSavedCapChangeIsWhatTheCheckerAppliesNext() throws Exception {
		check(EIGHTY_AS_FOUR_DOSES).andExpect(jsonPath("$.verdict").value("OK"));

		this.mvc
			.perform(save(SCHEDULE.replace("13-: 20 x 4", "13-: 20 x 3"), "maxDailyMg", "70", "usualMaxDailyMg", "70"))
			.andExpect(redirectedUrlPattern("/admin/titration-protocols/*"));
		approvePending(this.queue, this.publishing);
		forgetLoadedRows();

		check(EIGHTY_AS_FOUR_DOSES).andExpect(jsonPath("$.verdict").value("ALERT"))
			.andExpect(jsonPath("$.findings[0].rule").value("DAILY_CAP"))
			.andExpect(jsonPath("$.findings[0].message",
					startsWith("Step 1: 80 mg/day is above the US label maximum of 70 mg/day")));
	}

	@Test
	void eachBadFieldIsExplainedAndNothingIsSaved() throws Exception {
		TitrationProtocol before = oral();
		this.mvc
			.perform(save("", "name", "", "startDoseMg", "0", "intervalDays", "0", "maxDailyMg", "a lot",
					"usualMinDailyMg", "1.234", "notes", "x".repeat(4001)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\">Fill this in<")))
			.andExpect(content().string(containsString("id=\"startDoseMg-error\">Enter a number above 0<")))
			.andExpect(
					content().string(containsString("id=\"intervalDays-error\">Enter a whole number from 1 to 365<")))
			.andExpect(content().string(containsString("id=\"maxDailyMg-error\">Enter a number, such as 45 or 12.5<")))
			.andExpect(content().string(containsString(
					"id=\"usualMinDailyMg-error\">Enter at most 6 digits before the decimal point and 2 after it<")))
			.andExpect(content().string(containsString("id=\"notes-error\">Too long: at most 4000 characters<")))
			.andExpect(content().string(containsString("id=\"steps-error\">Fill this in<")));
		this.entityManager.clear();
		assertThat(oral().getVersion()).isEqualTo(before.getVersion());
		assertThat(oral().getSteps()).hasSize(before.getSteps().size());
	}

	@Test
	void theLimitsMustAgreeWithEachOther() throws Exception {
		this.mvc.perform(save(SCHEDULE, "usualMinDailyMg", "90", "administrationsPerDay", "5", "maxDailyMg", "60"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("id=\"usualMinDailyMg-error\">The lower value cannot be above the upper value<")))
			.andExpect(content().string(containsString(
					"id=\"usualMaxDailyMg-error\">The usual daily dose cannot be above the maximum daily dose<")))
			.andExpect(content().string(containsString(
					"id=\"administrationsPerDay-error\">The number of doses a day at the start cannot be above")))
			.andExpect(content().string(containsString("id=\"steps-error\">Line 5 (&quot;13-: 20 x 4 | "
					+ "Raise further only if needed.&quot;): the daily total is above the maximum")));
	}

	@Test
	void aBadStepIsExplainedByItsLine() throws Exception {
		this.mvc.perform(save("1-3: 5 x 3\n\nfive mg daily\n"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("id=\"steps-error\">Line 3 is not a step: &quot;five mg daily&quot;")));
		this.mvc.perform(save("1-3: 5 x 3\n3-5: 10 x 3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"steps-error\">Line 2 (&quot;3-5: 10 x "
					+ "3&quot;): steps must follow each other in day order")));
		this.mvc.perform(save("1-: 5 x 3\n4-6: 10 x 3"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("Line 2 (&quot;4-6: 10 x 3&quot;): steps must follow each other")));
		this.mvc.perform(save("4-1: 5 x 3"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Line 1 (&quot;4-1: 5 x 3&quot;): the last day is before the first day")));
		this.mvc.perform(save("1-: 10 x 5"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Line 1 (&quot;1-: 10 x 5&quot;): more doses a day than the maximum number")));
	}

	@Test
	void theCodeIsFixedAndTheProtocolTheRulesUseCannotBeDeleted() throws Exception {
		this.mvc.perform(save(SCHEDULE, "code", "ORAL_OTHER"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("id=\"code-error\">The code is how the titration rules find the protocol")));
		long id = oral().getId();
		this.mvc.perform(AdminFormPost.asEditor("/admin/titration-protocols/" + id + "/delete", Map.of()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("the titration planner, checker and taper read their limits from this protocol")));
		forgetLoadedRows();
		assertThat(this.protocols.findById(id)).isPresent();
	}

	@Test
	void aNewProtocolIsSavedWithItsSchedule() throws Exception {
		this.mvc
			.perform(AdminFormPost.asEditor("/admin/titration-protocols", Map.of())
				.param("code", "ORAL_SLOW")
				.param("name", "Slow oral titration")
				.param("route", "ORAL")
				.param("startDoseMg", "5")
				.param("administrationsPerDay", "1")
				.param("incrementMg", "5")
				.param("intervalDays", "7")
				.param("maxDailyMg", "60")
				.param("maxAdministrationsPerDay", "3")
				.param("usualMinDailyMg", "15")
				.param("usualMaxDailyMg", "45")
				.param("steps", "1-7: 5 x 1\n8-14: 5 x 2\n15-: 5 x 3")
				.param("sourceIds", "20")
				.param("reviewed", "true"))
			.andExpect(redirectedUrl("/admin/drafts"));
		approvePending(this.queue, this.publishing);
		forgetLoadedRows();
		TitrationProtocol slow = this.protocols.findByCode("ORAL_SLOW").orElseThrow();
		assertThat(slow.getSteps()).extracting(TitrationStep::getTimesPerDay).containsExactly(1, 2, 3);
		// The drafter ticked it; the reviewer who approved confirmed the check.
		assertThat(slow.getReviewedBy()).isEqualTo(SecondReviewer.USERNAME);
		this.mvc.perform(AdminFormPost.asEditor("/admin/titration-protocols/" + slow.getId() + "/delete", Map.of()))
			.andExpect(redirectedUrlPattern("/admin/titration-protocols/*"));
		approvePending(this.queue, this.publishing);
	}

}
