package org.baclofen.reference.editor;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import org.baclofen.reference.kind.ContentAdmin;
import org.baclofen.reference.kind.ContentForm;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A draft keeps the submitted form as JSON, field by field: exactly what the editor typed
 * and the form checked, so approving it later applies the same values through the same
 * editing service as a save would. Fields, not getters, so derived getters never end up
 * in (or break reading) a stored draft.
 */
@Component
class DraftForms {

	private final JsonMapper mapper = JsonMapper.builder()
		.changeDefaultVisibility((visibility) -> visibility.withVisibility(PropertyAccessor.ALL, Visibility.NONE)
			.withVisibility(PropertyAccessor.FIELD, Visibility.ANY))
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	String write(ContentForm form) {
		return this.mapper.writeValueAsString(form);
	}

	<F extends ContentForm> F read(ContentAdmin<?, F> admin, Draft draft) {
		@SuppressWarnings("unchecked")
		Class<F> type = (Class<F>) admin.newForm().getClass();
		return this.mapper.readValue(draft.getFormJson(), type);
	}

}
