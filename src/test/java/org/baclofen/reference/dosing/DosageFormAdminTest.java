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
import java.util.List;
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
 * Editing forms and strengths through the admin forms: valid input is saved, bad fields
 * are explained with nothing saved, and the tablet strengths the titration tools need
 * cannot all go.
 */
@ReferenceAppTest
@Transactional
class DosageFormAdminTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Publishing publishing;

	@Autowired
	private DosageFormRepository dosageForms;

	@Autowired
	private EntityManager entityManager;

	private List<DosageForm> oralTablets() {
		return this.dosageForms.findByFormAndRouteAndAmountUnit(DosageForm.Form.TABLET, Route.ORAL,
				DosageForm.AmountUnit.MG);
	}

	private DosageForm tablet(String mg) {
		return oralTablets().stream()
			.filter((tablet) -> tablet.getAmount().compareTo(new BigDecimal(mg)) == 0)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * A save of a valid oral tablet; each pair of overrides replaces a field, a null
	 * value leaves it out.
	 */
	/** A new tablet strength, valid in every field. */
	private static final Map<String, String> VALID = Map.ofEntries(
			Map.entry("product", "Baclofen tablets (test maker)"), Map.entry("form", "TABLET"),
			Map.entry("route", "ORAL"), Map.entry("amount", "25"), Map.entry("amountUnit", "MG"),
			Map.entry("notes", "A test strength."), Map.entry("sortOrder", "5"), Map.entry("sourceIds", "20"));

	private static MockHttpServletRequestBuilder save(String path, String... overrides) {
		return AdminFormPost.asEditor(path, VALID, overrides);
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	@Test
	void theListAndTheNewFormRender() throws Exception {
		this.mvc.perform(get("/admin/dosage-forms").with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Baclofen tablets (generic) 10 mg")));
		this.mvc.perform(get("/admin/dosage-forms/new").with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk());
	}

	@Test
	void aNewStrengthIsSavedAndShownPublicly() throws Exception {
		this.mvc.perform(save("/admin/dosage-forms", "reviewed", "true")).andExpect(redirectedUrl("/admin/drafts"));
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(tablet("25").getProduct()).isEqualTo("Baclofen tablets (test maker)");
		assertThat(tablet("25").getSources()).extracting("code").containsExactly("S14");
		this.mvc.perform(get("/dosing/oral"))
			.andExpect(content().string(containsString("Baclofen tablets (test maker)")));
	}

	@Test
	void aValidEditIsSaved() throws Exception {
		DosageForm ten = tablet("10");
		this.mvc
			.perform(save("/admin/dosage-forms/" + ten.getId(), "version", "" + ten.getVersion(), "amount", "10",
					"mayBeHalved", "true"))
			.andExpect(redirectedUrl("/admin/dosage-forms/" + ten.getId()));
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(tablet("10").isMayBeHalved()).isTrue();
		assertThat(tablet("10").getNotes()).isEqualTo("A test strength.");
	}

	@Test
	void eachBadFieldIsExplainedAndNothingIsSaved() throws Exception {
		DosageForm ten = tablet("10");
		this.mvc
			.perform(AdminFormPost.asEditor("/admin/dosage-forms/" + ten.getId(), Map.of())
				.param("version", "" + ten.getVersion())
				.param("product", "")
				.param("form", "")
				.param("route", "ORAL")
				.param("amount", "-5")
				.param("amountUnit", "GRAMS")
				.param("perVolumeMl", "lots")
				.param("notes", "x".repeat(2001))
				.param("sortOrder", "first"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"product-error\">Fill this in<")))
			.andExpect(content().string(containsString("id=\"form-error\">Fill this in<")))
			.andExpect(content().string(containsString("id=\"amount-error\">Enter a number above 0<")))
			.andExpect(content().string(containsString("id=\"amountUnit-error\">Enter a valid value here<")))
			.andExpect(content().string(containsString("id=\"perVolumeMl-error\">Enter a number, such as 45 or 12.5<")))
			.andExpect(content().string(containsString("id=\"notes-error\">Too long: at most 2000 characters<")))
			.andExpect(content().string(containsString("id=\"sortOrder-error\">Enter a whole number<")))
			.andExpect(content().string(containsString("Cite at least one source")));
		this.entityManager.clear();
		assertThat(tablet("10").getVersion()).isEqualTo(ten.getVersion());
	}

	@Test
	void onlyALiquidHasADoseStep() throws Exception {
		this.mvc.perform(save("/admin/dosage-forms", "reviewed", "true", "doseStepMg", "2.5"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("id=\"doseStepMg-error\">Only a liquid is measured in dose steps")));
	}

	@Test
	void aLiquidNeedsItsVolumeAndItsRoute() throws Exception {
		this.mvc
			.perform(save("/admin/dosage-forms", "reviewed", "true", "form", "ORAL_SOLUTION", "route", "INTRATHECAL",
					"mayBeHalved", "true"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("id=\"perVolumeMl-error\">The strength of a liquid is an amount per volume")))
			.andExpect(content().string(containsString("id=\"route-error\">This form is not given by that route")))
			.andExpect(content().string(containsString("id=\"mayBeHalved-error\">Only a tablet can be marked")));
		this.mvc.perform(save("/admin/dosage-forms", "reviewed", "true", "perVolumeMl", "5"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("id=\"perVolumeMl-error\">Only liquids have a strength per volume")));
	}

	@Test
	void theLastOralTabletInMgCannotBeDeletedOrChangedAway() throws Exception {
		List<DosageForm> tablets = oralTablets();
		for (DosageForm tablet : tablets.subList(0, tablets.size() - 1)) {
			this.mvc.perform(AdminFormPost.asEditor("/admin/dosage-forms/" + tablet.getId() + "/delete", Map.of()))
				.andExpect(redirectedUrlPattern("/admin/dosage-forms/*"));
			approvePending(this.queue, this.publishing);
		}
		DosageForm last = tablets.get(tablets.size() - 1);
		this.mvc.perform(get("/admin/dosage-forms/" + last.getId() + "/delete").with(user("editor1").roles("EDITOR")))
			.andExpect(content().string(containsString("it is the last oral tablet strength in mg")));
		this.mvc.perform(AdminFormPost.asEditor("/admin/dosage-forms/" + last.getId() + "/delete", Map.of()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("it is the last oral tablet strength in mg")));
		this.mvc
			.perform(save("/admin/dosage-forms/" + last.getId(), "version", "" + last.getVersion(), "amount",
					plain(last.getAmount()), "form", "ORAL_GRANULES"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("id=\"form-error\">This is the last oral tablet strength in mg")));
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(oralTablets()).singleElement().extracting(DosageForm::getId).isEqualTo(last.getId());
	}

}
