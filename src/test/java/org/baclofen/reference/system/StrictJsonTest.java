package org.baclofen.reference.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The JSON APIs never change clinical input to make it fit: 2.5 days is not 2 days, -1 is
 * not true, and "3" is not 3. Each is a 400 naming the field.
 */
@ReferenceAppTest
class StrictJsonTest {

	@Autowired
	private MockMvc mvc;

	private ResultActions check(String json) throws Exception {
		return this.mvc.perform(post("/api/titration/check").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					{"steps": [{"days": 2.5, "doseMg": 5, "timesPerDay": 3}]}          | steps[0].days        | must be a whole number, such as 3
					{"steps": [{"days": 3, "doseMg": 5, "timesPerDay": 2.5}]}          | steps[0].timesPerDay | must be a whole number, such as 3
					{"steps": [{"days": 3, "doseMg": 5, "timesPerDay": 3.0}]}          | steps[0].timesPerDay | must be a whole number, such as 3
					{"steps": [{"days": "3", "doseMg": 5, "timesPerDay": 3}]}          | steps[0].days        | must be a whole number, such as 3
					{"steps": [{"days": true, "doseMg": 5, "timesPerDay": 3}]}         | steps[0].days        | must be a whole number, such as 3
					{"steps": [{"days": 3, "doseMg": "5", "timesPerDay": 3}]}          | steps[0].doseMg      | must be a number, such as 12.5
					{"continuing": -1, "steps": [{"days": 3, "doseMg": 5, "timesPerDay": 3}]}     | continuing | must be true or false
					{"continuing": 1, "steps": [{"days": 3, "doseMg": 5, "timesPerDay": 3}]}      | continuing | must be true or false
					{"continuing": "true", "steps": [{"days": 3, "doseMg": 5, "timesPerDay": 3}]} | continuing | must be true or false
					{"crclMlPerMin": "45", "steps": [{"days": 3, "doseMg": 5, "timesPerDay": 3}]} | crclMlPerMin | must be a number, such as 12.5
					""")
	void aLookAlikeIsRefusedWithTheFieldNamed(String json, String field, String message) throws Exception {
		check(json).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message").value(message));
	}

	/**
	 * An RFC 9457 problem, with the field list clients read before problems were used
	 * kept as its "errors" member.
	 */
	@Test
	void anErrorIsAProblemDetailKeepingTheFieldList() throws Exception {
		check("""
				{"steps": [{"days": 2.5, "doseMg": 5, "timesPerDay": 3}]}""").andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").value("Bad Request"))
			.andExpect(jsonPath("$.detail").value("steps[0].days must be a whole number, such as 3"))
			.andExpect(jsonPath("$.instance").value("/api/titration/check"))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("steps[0].days"));
		this.mvc.perform(post("/cds-services/no-such-service").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("service"));
	}

	@Test
	void theRealThingIsStillAccepted() throws Exception {
		check("""
				{"continuing": false, "crclMlPerMin": 45.5, "steps": [{"days": 3, "doseMg": 2.5, "timesPerDay": 3}]}""")
			.andExpect(status().isOk());
	}

	@Test
	void textWithAControlCharacterIsRefusedNamingTheEntry() throws Exception {
		this.mvc
			.perform(post("/api/interactions/check").contentType(MediaType.APPLICATION_JSON)
				.content("{\"medications\": [\"oxycodone\", \"mor\\u0000phine\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("medications[1]"))
			.andExpect(jsonPath("$.errors[0].message").value("contains a control character (such as NUL); remove it"));
		this.mvc
			.perform(post("/api/interactions/check").contentType(MediaType.APPLICATION_JSON)
				.content("{\"medications\": [\"oxycodone\\t5 mg\"]}"))
			.andExpect(status().isOk());
	}

}
