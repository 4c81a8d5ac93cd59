package org.baclofen.reference.adverse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclofen.reference.editor.SecondReviewer.approvePending;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.content.Route;
import org.baclofen.reference.editor.AdminFormPost;
import org.baclofen.reference.editor.DraftQueue;
import org.baclofen.reference.editor.Publishing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing adverse effects through the admin forms: valid input is saved and shown, each
 * bad field is explained with nothing saved, a frequency range runs from low to high, and
 * a reaction is listed once per route.
 */
@ReferenceAppTest
@Transactional
class AdverseEffectAdminTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Publishing publishing;

	@Autowired
	private AdverseEffectRepository adverseEffects;

	@Autowired
	private EntityManager entityManager;

	private AdverseEffect effect(String name, Route route) {
		return this.adverseEffects.findAllByOrderBySortOrderAscNameAsc()
			.stream()
			.filter((effect) -> effect.getName().equals(name) && effect.getRoute() == route)
			.findFirst()
			.orElseThrow();
	}

	private AdverseEffect drowsiness() {
		return effect("Drowsiness", Route.ORAL);
	}

	/** A valid form, with some fields replaced. */
	private static MockHttpServletRequestBuilder save(String path, String name, String route, String... replaced) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", name);
		fields.put("route", route);
		fields.put("bodySystem", "Nervous system");
		fields.put("frequencyMinPercent", "12.5");
		fields.put("frequencyMaxPercent", "60");
		fields.put("note", "An edited note on the reaction.");
		fields.put("sortOrder", "10");
		fields.put("sourceIds", "1");
		return AdminFormPost.asEditor(path, fields, replaced);
	}

	private MockHttpServletRequestBuilder edit(AdverseEffect effect, String... replaced) {
		return save("/admin/adverse-effects/" + effect.getId(), effect.getName(), effect.getRoute().name(), replaced)
			.param("version", "" + effect.getVersion());
	}

	@Test
	void aValidEditIsSavedAndShownPublicly() throws Exception {
		this.mvc.perform(edit(drowsiness())).andExpect(status().is3xxRedirection());
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		AdverseEffect saved = drowsiness();
		assertThat(saved.getFrequencyMinPercent()).isEqualByComparingTo("12.5");
		assertThat(saved.getFrequencyMaxPercent()).isEqualByComparingTo("60");
		this.mvc.perform(get("/adverse-effects"))
			.andExpect(content().string(containsString("An edited note on the reaction.")));
	}

	@Test
	void aReactionWithoutAFrequencyIsAccepted() throws Exception {
		this.mvc
			.perform(save("/admin/adverse-effects", "A reaction added by an editor", "INTRATHECAL",
					"frequencyMinPercent", "", "frequencyMaxPercent", "")
				.param("reviewed", "true"))
			.andExpect(redirectedUrl("/admin/drafts"));
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		assertThat(effect("A reaction added by an editor", Route.INTRATHECAL).isQuantified()).isFalse();
	}

	@Test
	void eachBadFieldIsExplainedAndNothingIsSaved() throws Exception {
		AdverseEffect drowsiness = drowsiness();
		this.mvc
			.perform(edit(drowsiness, "name", "", "route", "", "bodySystem", "x".repeat(61), "frequencyMinPercent",
					"-1", "frequencyMaxPercent", "often", "note", "x".repeat(2001)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\">Fill this in<")))
			.andExpect(content().string(containsString("id=\"route-error\">Fill this in<")))
			.andExpect(content().string(containsString("id=\"bodySystem-error\">Too long: at most 60 characters<")))
			.andExpect(content()
				.string(containsString("id=\"frequencyMinPercent-error\">Enter a percentage from 0 to 100")))
			.andExpect(content().string(containsString("id=\"frequencyMaxPercent-error\">Enter a number")))
			.andExpect(content().string(containsString("id=\"note-error\">Too long: at most 2000 characters<")));
		this.entityManager.clear();
		assertThat(drowsiness().getVersion()).isEqualTo(drowsiness.getVersion());
	}

	@Test
	void theLowestFrequencyCannotBeAboveTheHighest() throws Exception {
		AdverseEffect drowsiness = drowsiness();
		BigDecimal max = drowsiness.getFrequencyMaxPercent();
		this.mvc.perform(edit(drowsiness, "frequencyMinPercent", "40", "frequencyMaxPercent", "30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"id=\"frequencyMaxPercent-error\">The highest frequency cannot be lower than the lowest<")));
		this.entityManager.clear();
		assertThat(drowsiness().getFrequencyMaxPercent()).isEqualByComparingTo(max);
	}

	@Test
	void aReactionIsListedOncePerRoute() throws Exception {
		this.mvc.perform(save("/admin/adverse-effects", "drowsiness", "ORAL").param("reviewed", "true"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("id=\"name-error\">This reaction is already listed for this route<")));
		this.mvc.perform(save("/admin/adverse-effects", "Drowsiness", "BOTH").param("reviewed", "true"))
			.andExpect(redirectedUrl("/admin/drafts"));
		approvePending(this.queue, this.publishing);
	}

}
