package org.baclofen.reference.screening;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.baclofen.reference.system.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The check, its condition mapping (V4) and its queries on a real PostgreSQL.
 */
class ScreeningPostgresIT extends PostgresTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void checksThroughTheApi() throws Exception {
		this.mvc.perform(post("/api/interactions/check").contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"medications": ["oxycodone 5 mg", "Xanax", "unobtainium"], "conditions": ["EPILEPSY", "PREGNANCY"]}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.matches[0].interactant").value("Opioids"))
			.andExpect(jsonPath("$.matches[1].interactant").value("Benzodiazepines"))
			.andExpect(jsonPath("$.conditionWarnings[*].title", hasItem("Neonatal withdrawal")))
			.andExpect(jsonPath("$.unmatched[0]").value("unobtainium"));
		this.mvc.perform(post("/api/interactions/check").contentType(MediaType.APPLICATION_JSON).content("""
				{"medications": [], "conditions": ["GOUT"]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("conditions[0]"));
		this.mvc.perform(get("/api/interactions/conditions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItem("AGE_65_OR_OVER")));
	}

	@Test
	void checksThroughThePage() throws Exception {
		this.mvc.perform(get("/check")).andExpect(status().isOk());
		this.mvc
			.perform(post("/check").with(csrf())
				.param("medications", "insulin glargine 10 units\nlisinopril")
				.param("conditions", "DIABETES"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h4>Antidiabetic agents</h4>")))
			.andExpect(content().string(containsString("(as insulin glargine)")))
			.andExpect(content().string(containsString("Baclofen has been associated with raised blood glucose")));
	}

}
