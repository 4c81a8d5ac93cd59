package org.baclofen.reference.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclofen.reference.editor.SecondReviewer.approvePending;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
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
 * Editing claim checks through the admin forms: valid input is saved and shown on the
 * overview, each bad field is explained next to it with nothing saved, and each claim is
 * checked only once.
 */
@ReferenceAppTest
@Transactional
class ClaimCheckAdminTest {

	private static final String GABA_RELEASE = "Baclofen works by promoting the release of GABA.";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Publishing publishing;

	@Autowired
	private ClaimCheckRepository claimChecks;

	@Autowired
	private EntityManager entityManager;

	private ClaimCheck claim(String text) {
		return this.claimChecks.findAllByOrderBySortOrderAsc()
			.stream()
			.filter((check) -> check.getClaim().equals(text))
			.findFirst()
			.orElseThrow();
	}

	private static MockHttpServletRequestBuilder save(String path, String claim) {
		return AdminFormPost.asEditor(path, Map.of())
			.param("claim", claim)
			.param("verdict", "WRONG")
			.param("finding", "What the sources say, edited.")
			.param("explanation", "An edited explanation of the verdict.")
			.param("sortOrder", "2")
			.param("sourceIds", "1");
	}

	@Test
	void aValidEditIsSavedAndShownOnTheClaimsPage() throws Exception {
		ClaimCheck check = claim(GABA_RELEASE);
		this.mvc.perform(
				save("/admin/claim-checks/" + check.getId(), GABA_RELEASE).param("version", "" + check.getVersion()))
			.andExpect(status().is3xxRedirection());
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(claim(GABA_RELEASE).getExplanationParagraphs())
			.containsExactly("An edited explanation of the verdict.");
		this.mvc.perform(get("/claims"))
			.andExpect(content().string(containsString("<h2>What the sources say, edited.</h2>")))
			.andExpect(content().string(containsString("<q>" + GABA_RELEASE + "</q>")))
			.andExpect(content().string(containsString("An edited explanation of the verdict.")));
	}

	@Test
	void aNewClaimIsCheckedAndListed() throws Exception {
		String claim = "An editor's new claim about baclofen.";
		this.mvc.perform(save("/admin/claim-checks", claim).param("reviewed", "true"))
			.andExpect(redirectedUrl("/admin/drafts"));
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		assertThat(claim(claim).getVerdict()).isEqualTo(ClaimCheck.Verdict.WRONG);
	}

	@Test
	void eachBadFieldIsExplainedAndNothingIsSaved() throws Exception {
		ClaimCheck check = claim(GABA_RELEASE);
		this.mvc
			.perform(AdminFormPost.asEditor("/admin/claim-checks/" + check.getId(), Map.of())
				.param("version", "" + check.getVersion())
				.param("claim", " ")
				.param("finding", "x".repeat(301))
				.param("verdict", "MAYBE")
				.param("explanation", "x".repeat(4001))
				.param("sortOrder", "10001"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"claim-error\">Fill this in<")))
			.andExpect(content().string(containsString("id=\"finding-error\">Too long: at most 300 characters<")))
			.andExpect(content().string(containsString("id=\"verdict-error\">Enter a valid value here<")))
			.andExpect(content().string(containsString("id=\"explanation-error\">Too long: at most 4000 characters<")))
			.andExpect(content().string(containsString("id=\"sortOrder-error\">Enter a whole number from 0 to 10000<")))
			.andExpect(content().string(containsString("Cite at least one source")));
		this.entityManager.clear();
		assertThat(claim(GABA_RELEASE).getVersion()).isEqualTo(check.getVersion());
	}

	@Test
	void aClaimIsCheckedOnlyOnce() throws Exception {
		this.mvc.perform(save("/admin/claim-checks", GABA_RELEASE.toUpperCase()).param("reviewed", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"claim-error\">This claim has already been checked")));
		List<ClaimCheck> all = this.claimChecks.findAllByOrderBySortOrderAsc();
		ClaimCheck other = all.stream()
			.filter((check) -> !check.getClaim().equals(GABA_RELEASE))
			.findFirst()
			.orElseThrow();
		this.mvc
			.perform(save("/admin/claim-checks/" + other.getId(), GABA_RELEASE).param("version",
					"" + other.getVersion()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"claim-error\">This claim has already been checked")));
		this.entityManager.clear();
		assertThat(this.claimChecks.findAllByOrderBySortOrderAsc()).hasSameSizeAs(all);
	}

}
