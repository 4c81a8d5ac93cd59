package org.baclofen.reference.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclofen.reference.editor.SecondReviewer.approvePending;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.editor.AdminFormPost;
import org.baclofen.reference.editor.DraftQueue;
import org.baclofen.reference.editor.Publishing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing the drug through the admin form: its description and codes can be edited, each
 * bad field is explained with nothing saved, and there is never a second drug nor none.
 */
@ReferenceAppTest
@Transactional
class DrugAdminTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Publishing publishing;

	@Autowired
	private DrugRepository drugs;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private JdbcClient jdbc;

	private String sourceId(String code) {
		return this.jdbc.sql("select id from source where code = ?").param(code).query(String.class).single();
	}

	private Drug baclofen() {
		return this.drugs.findByName(Drug.BACLOFEN).orElseThrow();
	}

	/** A valid form, with some fields replaced. */
	private static MockHttpServletRequestBuilder save(String path, String name, String... replaced) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", name);
		fields.put("summary", "An edited summary of the drug.");
		fields.put("mechanism", "An edited mechanism.\n\nIts second paragraph.");
		fields.put("rxnormCui", "1292");
		fields.put("atcCode", "M03BX01");
		fields.put("snomedCtId", "387342009");
		fields.put("rxnormSourceCode", "S65");
		fields.put("atcSourceCode", "S66");
		fields.put("snomedCtSourceCode", "S67");
		fields.put("sourceIds", "1");
		return AdminFormPost.asEditor(path, fields, replaced);
	}

	private MockHttpServletRequestBuilder edit(String name, String... replaced) {
		Drug drug = baclofen();
		return save("/admin/drug/" + drug.getId(), name, replaced).param("version", "" + drug.getVersion())
			.param("sourceIds", sourceId("S65"), sourceId("S66"), sourceId("S67"));
	}

	@Test
	void aValidEditIsSavedAndShownOnTheOverview() throws Exception {
		this.mvc.perform(edit(Drug.BACLOFEN)).andExpect(status().is3xxRedirection());
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(baclofen().getMechanismParagraphs()).containsExactly("An edited mechanism.",
				"Its second paragraph.");
		assertThat(baclofen().getSnomedCtId()).isEqualTo("387342009");
		this.mvc.perform(get("/")).andExpect(content().string(containsString("An edited summary of the drug.")));
	}

	@Test
	void eachBadFieldIsExplainedAndNothingIsSaved() throws Exception {
		int version = baclofen().getVersion();
		this.mvc
			.perform(edit(Drug.BACLOFEN, "summary", "", "mechanism", "x".repeat(4001), "rxnormCui", "12a", "atcCode",
					"m03bx01", "snomedCtId", "1".repeat(21)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"summary-error\">Fill this in<")))
			.andExpect(content().string(containsString("id=\"mechanism-error\">Too long: at most 4000 characters<")))
			.andExpect(content().string(containsString("id=\"rxnormCui-error\">Use digits only<")))
			.andExpect(content().string(containsString("id=\"atcCode-error\">An ATC code is a capital letter")))
			.andExpect(content().string(containsString("id=\"snomedCtId-error\">Too long: at most 20 characters<")));
		this.entityManager.clear();
		assertThat(baclofen().getVersion()).isEqualTo(version);
	}

	@Test
	void brandNamesAreSavedOneEachAndBoundedInLength() throws Exception {
		this.mvc.perform(edit(Drug.BACLOFEN, "brandNames", " Ozobax \n\nGablofen\nOzobax\n" + ("x".repeat(120))))
			.andExpect(status().is3xxRedirection());
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(baclofen().getBrandNames()).containsExactly("Gablofen", "Ozobax", "x".repeat(120));
		int version = baclofen().getVersion();
		this.mvc.perform(edit(Drug.BACLOFEN, "brandNames", "Ozobax\n" + ("y".repeat(121))))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("id=\"brandNames-error\">A brand name is at most 120 characters")));
		this.entityManager.clear();
		assertThat(baclofen().getVersion()).isEqualTo(version);
	}

	@Test
	void theNameCannotChangeBecauseThePagesFindTheDrugByIt() throws Exception {
		this.mvc.perform(edit("Baclofen XL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\">The name cannot change")));
		this.entityManager.clear();
		assertThat(this.drugs.findByName(Drug.BACLOFEN)).isPresent();
	}

	@Test
	void aSecondDrugIsRefused() throws Exception {
		long before = this.drugs.count();
		this.mvc.perform(save("/admin/drug", "Tizanidine").param("reviewed", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This reference is about one drug")));
		assertThat(this.drugs.count()).isEqualTo(before);
	}

	@Test
	void theDrugCannotBeDeleted() throws Exception {
		long id = baclofen().getId();
		this.mvc.perform(get("/admin/drug/" + id + "/delete").with(user("editor1").roles("EDITOR")))
			.andExpect(content().string(containsString("it can be edited but not deleted")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Yes, delete it"))));
		this.mvc.perform(AdminFormPost.asEditor("/admin/drug/" + id + "/delete", Map.of()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("it can be edited but not deleted")));
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(this.drugs.findById(id)).isPresent();
	}

	@Test
	void eachCodeShowsTheSourceItComesFrom() throws Exception {
		this.mvc.perform(get("/pharmacology"))
			.andExpect(content().string(containsString("<span>1292</span> <span class=\"code-source\">")))
			.andExpect(content().string(containsString("href=\"/sources#source-S65\"")))
			.andExpect(content().string(containsString("href=\"/sources#source-S66\"")))
			.andExpect(content().string(containsString("href=\"/sources#source-S67\"")));
	}

	@Test
	void aCodesSourceMustBeOneTheDrugCites() throws Exception {
		int version = baclofen().getVersion();
		this.mvc.perform(edit(Drug.BACLOFEN, "atcSourceCode", "S1b", "snomedCtSourceCode", "67"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("id=\"atcSourceCode-error\">Tick this source under Sources cited")))
			.andExpect(content().string(containsString("id=\"snomedCtSourceCode-error\">A source code is S")));
		this.entityManager.clear();
		assertThat(baclofen().getVersion()).isEqualTo(version);
		assertThat(baclofen().getAtcSource().getCode()).isEqualTo("S66");
	}

	@Test
	void aCodesSourceCanBeChangedToAnotherCitedSource() throws Exception {
		this.mvc.perform(edit(Drug.BACLOFEN, "atcSourceCode", "S1")).andExpect(status().is3xxRedirection());
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(baclofen().getAtcSource().getCode()).isEqualTo("S1");
		assertThat(baclofen().getRxnormSource().getCode()).isEqualTo("S65");
	}

	/**
	 * Revision 1 predates the codes' sources: restoring it is refused with a reason,
	 * never saved half-sourced.
	 */
	@Test
	void restoringARevisionWithoutCodeSourcesIsRefused() throws Exception {
		long id = baclofen().getId();
		this.mvc
			.perform(AdminFormPost.asEditor("/admin/drug/" + id + "/history/1/restore", Map.of())
				.param("version", "" + baclofen().getVersion()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("restoreProblems", hasItem("Fill this in")));
		this.entityManager.clear();
		assertThat(baclofen().getRxnormSource().getCode()).isEqualTo("S65");
	}

}
