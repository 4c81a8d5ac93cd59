package org.baclofen.reference.guidance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.baclofen.reference.kind.CitedContentForm;
import org.baclofen.reference.kind.Label;

/**
 * A guidance note as an editor enters it.
 */
public class GuidanceNoteForm extends CitedContentForm {

	@NotNull(message = "{admin.required}")
	@Label(value = "admin.field.guidanceNote.topic", values = "guidance.topic")
	private GuidanceTopic topic;

	@NotBlank(message = "{admin.required}")
	@Size(max = 200, message = "{admin.size}")
	@Label("admin.field.title")
	private String title;

	@NotBlank(message = "{admin.required}")
	@Size(max = 6000, message = "{admin.size}")
	@Label("admin.field.guidanceNote.body")
	private String body;

	@Label("admin.field.guidanceNote.sourcesDisagree")
	private boolean sourcesDisagree;

	@NotNull(message = "{admin.required}")
	@Min(value = 0, message = "{admin.sortOrder.range}")
	@Max(value = 10000, message = "{admin.sortOrder.range}")
	@Label("admin.field.pageOrder")
	private Integer sortOrder = 100;

	static GuidanceNoteForm of(GuidanceNote note) {
		GuidanceNoteForm form = new GuidanceNoteForm();
		form.setVersion(note.getVersion());
		form.topic = note.getTopic();
		form.title = note.getTitle();
		form.body = note.getBody();
		form.sourcesDisagree = note.isSourcesDisagree();
		form.sortOrder = note.getSortOrder();
		form.setSourceIds(note.getSources().stream().map((source) -> source.getId()).toList());
		return form;
	}

	public GuidanceTopic getTopic() {
		return this.topic;
	}

	public void setTopic(GuidanceTopic topic) {
		this.topic = topic;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public boolean isSourcesDisagree() {
		return this.sourcesDisagree;
	}

	public void setSourcesDisagree(boolean sourcesDisagree) {
		this.sourcesDisagree = sourcesDisagree;
	}

	public Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

}
