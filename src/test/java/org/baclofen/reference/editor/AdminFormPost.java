package org.baclofen.reference.editor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An admin form post as an editor, with CSRF token: a kind's valid fields, with some
 * replaced.
 */
public final class AdminFormPost {

	private AdminFormPost() {
	}

	/**
	 * @param overrides pairs of field name and value that replace the valid ones; a null
	 * value leaves the field out of the post
	 */
	public static MockHttpServletRequestBuilder asEditor(String path, Map<String, String> valid, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>(valid);
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(path).with(csrf()).with(user("editor1").roles("EDITOR"));
		fields.forEach((name, value) -> {
			if (value != null) {
				request.param(name, value);
			}
		});
		return request;
	}

}
