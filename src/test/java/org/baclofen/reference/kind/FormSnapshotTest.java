package org.baclofen.reference.kind;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.baclofen.reference.interaction.InteractionForm;
import org.baclofen.reference.safety.SafetyItem;
import org.baclofen.reference.source.SourceForm;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The admin history and the public change log read a form the same way (labels, values),
 * except that the public log leaves out editor-only provenance and the sources, drops
 * typing hints and counts linked items.
 */
class FormSnapshotTest {

	private final ResourceBundleMessageSource messages = messages();

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static SourceForm source() {
		SourceForm form = new SourceForm();
		form.setCode("S99");
		form.setTitle("A label");
		form.setNote("A public note");
		form.setReadVia("A mirror");
		form.setAddresses("https://example.org/a\nhttps://example.org/b");
		return form;
	}

	@Test
	void thePublicLogLeavesOutEditorOnlyFieldsAndTypingHintsButKeepsTheAdminLabels() {
		assertThat(FormSnapshot.of(source(), (type, id) -> "", this.messages))
			.containsEntry("Read via (editors only)", "A mirror")
			.containsEntry("Addresses read (one per line)", "https://example.org/a\nhttps://example.org/b")
			.containsEntry("Note", "A public note");
		assertThat(FormSnapshot.publicFields(source(), this.messages)).doesNotContainKey("Read via (editors only)")
			.doesNotContainValue("A mirror")
			.containsEntry("Addresses read", "https://example.org/a\nhttps://example.org/b")
			.containsEntry("Note", "A public note");
	}

	@Test
	void linkedItemsAreNamedInTheAdminTablesAndCountedInThePublicLog() {
		InteractionForm form = new InteractionForm();
		form.setSafetyItemIds(List.of(7L, 3L));
		form.setSourceIds(List.of(20L, 1L));
		String safetyItems = this.messages.getMessage("admin.field.interaction.safetyItems", null, Locale.ENGLISH);
		String sources = this.messages.getMessage("admin.sources", null, Locale.ENGLISH);
		assertThat(
				FormSnapshot.of(form, (type, id) -> ((type == SafetyItem.class) ? "Item " : "S") + id, this.messages))
			.containsEntry(safetyItems, "Item 3, Item 7")
			.containsEntry(sources, "S1, S20");
		assertThat(FormSnapshot.publicFields(form, this.messages)).containsEntry(safetyItems, "2 linked items")
			.doesNotContainKey(sources);
	}

}
