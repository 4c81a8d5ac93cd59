package org.baclofen.reference.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotEmpty;
import org.baclofen.reference.content.Source;

/**
 * A form for content that states facts: it must cite at least one source.
 */
public abstract class CitedContentForm extends ContentForm {

	@NotEmpty(message = "{admin.sources.required}")
	@Label(value = "admin.sources", linked = Source.class)
	private List<Long> sourceIds = new ArrayList<>();

	public List<Long> getSourceIds() {
		return this.sourceIds;
	}

	public void setSourceIds(List<Long> sourceIds) {
		this.sourceIds = (sourceIds == null) ? new ArrayList<>()
				: new ArrayList<>(sourceIds.stream().filter(Objects::nonNull).distinct().toList());
	}

}
