package org.baclofen.reference.guidance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.baclofen.reference.kind.ContentAdmin;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

@Component
class GuidanceNoteAdmin extends ContentAdmin<GuidanceNote, GuidanceNoteForm> {

	private final GuidanceNoteRepository notes;

	GuidanceNoteAdmin(GuidanceNoteRepository notes) {
		super("guidance-notes", GuidanceNote.class, notes, GuidanceNoteForm::new, GuidanceNoteForm::of);
		this.notes = notes;
	}

	/** By topic in page order, then as each page lists them. */
	@Override
	public List<GuidanceNote> findAll() {
		return this.notes.findAllBy()
			.stream()
			.sorted(Comparator.comparing(GuidanceNote::getTopic)
				.thenComparingInt(GuidanceNote::getSortOrder)
				.thenComparing(GuidanceNote::getTitle))
			.toList();
	}

	@Override
	public Map<String, Object> formOptions() {
		return Map.of("topics", GuidanceTopic.values());
	}

	@Override
	public GuidanceNote create(GuidanceNoteForm form, LocalDate reviewedOn) {
		GuidanceNote note = new GuidanceNote(form.getTopic(), form.getTitle(), form.getBody(), reviewedOn);
		apply(form, note);
		return note;
	}

	@Override
	public void apply(GuidanceNoteForm form, GuidanceNote note) {
		note.describe(form.getTopic(), form.getTitle(), form.getBody(), form.isSourcesDisagree(), form.getSortOrder());
	}

	/**
	 * Two notes of one topic would be indistinguishable on the page if they shared a
	 * title.
	 */
	@Override
	public void validate(GuidanceNoteForm form, GuidanceNote existing, Errors errors) {
		if (form.getTopic() == null || form.getTitle() == null || form.getTitle().isBlank()) {
			return;
		}
		String title = form.getTitle().strip();
		boolean taken = (existing == null) ? this.notes.existsByTopicAndTitleIgnoreCase(form.getTopic(), title)
				: this.notes.existsByTopicAndTitleIgnoreCaseAndIdNot(form.getTopic(), title, existing.getId());
		if (taken) {
			errors.rejectValue("title", "admin.guidanceNote.title.taken");
		}
	}

}
