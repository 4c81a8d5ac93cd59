package org.baclofen.reference.editor;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import org.baclofen.reference.kind.ContentAdmin;
import org.baclofen.reference.kind.ContentForm;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A draft keeps the submitted form as JSON, field by field, with the version of its
 * kind's form it was written in: exactly what the editor typed and the form checked, so
 * approving it later applies the same values through the same editing service as a save
 * would. Fields, not getters, so derived getters never end up in (or break reading) a
 * stored draft.
 * <p>
 * Reading is strict: a draft of an older form version is upgraded by its kind, step by
 * step, and a field the form does not have (renamed without raising the version) is
 * refused with a message, so nothing an editor drafted is ever silently dropped.
 */
@Component
class DraftForms {

	private final JsonMapper mapper = JsonMapper.builder()
		.changeDefaultVisibility((visibility) -> visibility.withVisibility(PropertyAccessor.ALL, Visibility.NONE)
			.withVisibility(PropertyAccessor.FIELD, Visibility.ANY))
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	<F extends ContentForm> StoredForm write(ContentAdmin<?, F> admin, F form) {
		return new StoredForm(this.mapper.writeValueAsString(form), admin.formVersion());
	}

	/**
	 * The draft's values as the kind's form now.
	 * @throws DraftUnreadableException when they cannot be read without losing something
	 */
	<F extends ContentForm> F read(ContentAdmin<?, F> admin, Draft draft) {
		StoredForm stored = draft.getForm();
		int current = admin.formVersion();
		if (stored.formVersion() > current) {
			throw new DraftUnreadableException("review.draft.newerForm", stored.formVersion(), current);
		}
		@SuppressWarnings("unchecked")
		Class<F> type = (Class<F>) admin.newForm().getClass();
		try {
			String json = (stored.formVersion() == current) ? stored.json() : upgrade(admin, stored);
			return this.mapper.readValue(json, type);
		}
		catch (UnrecognizedPropertyException unknown) {
			throw new DraftUnreadableException("review.draft.unknownField", unknown.getPropertyName());
		}
		catch (JacksonException unreadable) {
			throw new DraftUnreadableException("review.draft.unreadable", unreadable.getPathReference());
		}
	}

	private String upgrade(ContentAdmin<?, ?> admin, StoredForm stored) {
		Map<String, Object> values = this.mapper.readValue(stored.json(),
				new TypeReference<LinkedHashMap<String, Object>>() {
				});
		for (int version = stored.formVersion(); version < admin.formVersion(); version++) {
			if (!admin.upgradeDraft(version, values)) {
				throw new DraftUnreadableException("review.draft.olderForm", stored.formVersion(), admin.formVersion());
			}
		}
		return this.mapper.writeValueAsString(values);
	}

}
