package org.baclofen.reference.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclofen.reference.editor.SecondReviewer.approvePending;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.editor.AdminFormPost;
import org.baclofen.reference.editor.DraftQueue;
import org.baclofen.reference.editor.Publishing;
import org.baclofen.reference.editor.SecondReviewer;
import org.baclofen.reference.safety.SafetyItem;
import org.baclofen.reference.safety.SafetyItemRepository;
import org.baclofen.reference.safety.SafetyKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing the screening conditions of the check page through the admin forms: which
 * stored safety items a condition shows, under a code the API keeps.
 */
@ReferenceAppTest
@Transactional
class ScreeningConditionAdminTest {

	private static final Map<String, String> VALID = Map.of("code", "KIDNEY_STONES", "label", "Kidney stones (test)",
			"sortOrder", "150");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Publishing publishing;

	@Autowired
	private ScreeningConditionRepository conditions;

	@Autowired
	private SafetyItemRepository safetyItems;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private JdbcClient jdbc;

	private ScreeningCondition condition(String code) {
		return this.conditions.findByCodeInOrderBySortOrderAsc(List.of(code)).get(0);
	}

	private long safetyItemId(SafetyKind kind, String condition) {
		return this.safetyItems.findByKindAndConditionIgnoreCase(kind, condition).get(0).getId();
	}

	private void forgetLoadedRows() {
		this.entityManager.flush();
		this.entityManager.clear();
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
		this.mvc.perform(get("/admin/screening-conditions").with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Epilepsy or seizure disorder (EPILEPSY)")));
		this.mvc.perform(get("/admin/screening-conditions/new").with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk());
	}

	@Test
	void aNewConditionIsSavedAndOfferedOnTheCheckPage() throws Exception {
		this.mvc
			.perform(save("/admin/screening-conditions", "reviewed", "true", "safetyItemIds",
					"" + safetyItemId(SafetyKind.PRECAUTION, "Renal impairment")))
			.andExpect(redirectedUrl("/admin/drafts"));
		approvePending(this.queue, this.publishing);
		forgetLoadedRows();
		ScreeningCondition created = condition("KIDNEY_STONES");
		assertThat(created.getLabel()).isEqualTo("Kidney stones (test)");
		assertThat(created.getLastReviewed()).isEqualTo(LocalDate.now());
		// The drafter ticked it; the reviewer who approved confirmed the check.
		assertThat(created.getReviewedBy()).isEqualTo(SecondReviewer.USERNAME);
		assertThat(created.getSafetyItems()).extracting(SafetyItem::getCondition).containsExactly("Renal impairment");
		this.mvc.perform(get("/check")).andExpect(content().string(containsString("Kidney stones (test)")));
		this.mvc
			.perform(post("/api/interactions/check").contentType(MediaType.APPLICATION_JSON)
				.content("{\"medications\": [], \"conditions\": [\"KIDNEY_STONES\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.conditionWarnings[*].title", contains("Renal impairment")));
	}

	@Test
	void anEditChangesTheLabelAndTheSafetyItemsShown() throws Exception {
		ScreeningCondition epilepsy = condition("EPILEPSY");
		long epilepsyWarning = safetyItemId(SafetyKind.WARNING, "Epilepsy");
		long renal = safetyItemId(SafetyKind.PRECAUTION, "Renal impairment");
		this.mvc
			.perform(save("/admin/screening-conditions/" + epilepsy.getId(), "version", "" + epilepsy.getVersion(),
					"code", "EPILEPSY", "label", "Epilepsy (edited)", "safetyItemIds", epilepsyWarning + "," + renal))
			.andExpect(redirectedUrl("/admin/screening-conditions/" + epilepsy.getId()));
		approvePending(this.queue, this.publishing);
		forgetLoadedRows();
		ScreeningCondition saved = condition("EPILEPSY");
		assertThat(saved.getLabel()).isEqualTo("Epilepsy (edited)");
		assertThat(saved.getSafetyItems()).extracting(SafetyItem::getCondition)
			.containsExactlyInAnyOrder("Epilepsy", "Renal impairment");
		assertThat(saved.getReviewedBy()).isNull();
		this.mvc
			.perform(get("/admin/screening-conditions/" + epilepsy.getId() + "/history")
				.with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk());
	}

	@Test
	void aConditionMayShowNoSafetyItems() throws Exception {
		ScreeningCondition diabetes = condition("DIABETES");
		this.mvc
			.perform(save("/admin/screening-conditions/" + diabetes.getId(), "version", "" + diabetes.getVersion(),
					"code", "DIABETES", "label", diabetes.getLabel()))
			.andExpect(redirectedUrl("/admin/screening-conditions/" + diabetes.getId()));
		approvePending(this.queue, this.publishing);
		forgetLoadedRows();
		assertThat(condition("DIABETES").getSafetyItems()).isEmpty();
	}

	@Test
	void theCodeIsWellFormedUniqueAndFixed() throws Exception {
		this.mvc.perform(save("/admin/screening-conditions", "reviewed", "true", "code", "kidney stones"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("id=\"code-error\">Use upper-case letters, digits and single underscores")));
		this.mvc.perform(save("/admin/screening-conditions", "reviewed", "true", "code", "EPILEPSY"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("id=\"code-error\">This code is already used by another condition<")));
		ScreeningCondition epilepsy = condition("EPILEPSY");
		this.mvc
			.perform(save("/admin/screening-conditions/" + epilepsy.getId(), "version", "" + epilepsy.getVersion(),
					"code", "SEIZURES"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("id=\"code-error\">The code is how the check API names the condition")));
	}

	@Test
	void eachBadFieldIsExplainedAndNothingIsSaved() throws Exception {
		ScreeningCondition epilepsy = condition("EPILEPSY");
		this.mvc
			.perform(save("/admin/screening-conditions/" + epilepsy.getId(), "version", "" + epilepsy.getVersion(),
					"code", "EPILEPSY", "label", "", "sortOrder", "-1", "safetyItemIds", "999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"label-error\">Fill this in<")))
			.andExpect(content().string(containsString("id=\"sortOrder-error\">Enter a whole number from 0 to 10000<")))
			.andExpect(content()
				.string(containsString("id=\"safetyItemIds-error\">One of the chosen safety items no longer exists")))
			.andExpect(content().string(not(containsString("Cite at least one source"))));
		this.entityManager.clear();
		assertThat(condition("EPILEPSY").getVersion()).isEqualTo(epilepsy.getVersion());
	}

	@Test
	void aConditionCanBeDeleted() throws Exception {
		ScreeningCondition diabetes = condition("DIABETES");
		long naming = vocabularyNaming(diabetes);
		assertThat(naming).as("codes and names EHRs record diabetes under").isPositive();
		this.mvc
			.perform(AdminFormPost.asEditor("/admin/screening-conditions/" + diabetes.getId() + "/delete", Map.of()))
			.andExpect(redirectedUrlPattern("/admin/screening-conditions/*"));
		approvePending(this.queue, this.publishing);
		forgetLoadedRows();
		assertThat(this.conditions.existsByCode("DIABETES")).isFalse();
		assertThat(vocabularyNaming(diabetes)).as("its codes and names went with it").isZero();
		assertThat(this.safetyItems.findByKindAndConditionIgnoreCase(SafetyKind.PRECAUTION, "Diabetes mellitus"))
			.hasSize(1);
	}

	private long vocabularyNaming(ScreeningCondition condition) {
		return this.jdbc.sql("""
				select (select count(*) from condition_code where screening_condition_id = :id)
				     + (select count(*) from condition_synonym where screening_condition_id = :id)
				""").param("id", condition.getId()).query(Long.class).single();
	}

}
