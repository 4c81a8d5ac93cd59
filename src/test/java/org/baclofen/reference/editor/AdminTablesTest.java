package org.baclofen.reference.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.kind.ContentAdmin;
import org.baclofen.reference.kind.ContentAdmins;
import org.baclofen.reference.kind.FormSnapshot;
import org.baclofen.reference.kind.Label;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * History and conflict tables show a form's fields the way its page does: in the form's
 * order, under the page's labels, with enum values and yes/no by their labels; and a
 * conflict lists only real differences. Not transactional: the history is written when a
 * save commits.
 */
@ReferenceAppTest
class AdminTablesTest {

	private static final Pattern ROW = Pattern
		.compile("<th scope=\"row\">([^<]*)</th>\\s*<td class=\"pre\">([^<]*)</td>\\s*<td class=\"pre\">([^<]*)</td>");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Publishing publishing;

	@Autowired
	private ContentAdmins admins;

	@Autowired
	private MessageSource messages;

	@Test
	void everyFieldOfEveryFormHasTheLabelItsEditPageShows() throws Exception {
		for (ContentAdmin<?, ?> admin : this.admins.all()) {
			Class<?> form = admin.newForm().getClass();
			Set<String> edited = new TreeSet<>();
			for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(form)) {
				if (property.getWriteMethod() != null
						&& !Set.of("version", "reviewed", "changeReason").contains(property.getName())) {
					edited.add(property.getName());
				}
			}
			assertThat(FormSnapshot.labelledFields(form)).as(admin.path())
				.extracting(Field::getName)
				.containsExactlyInAnyOrderElementsOf(edited);
			String page = this.mvc.perform(get("/admin/" + admin.path() + "/new").with(user("editor1").roles("EDITOR")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			for (Field field : FormSnapshot.labelledFields(form)) {
				Label label = field.getAnnotation(Label.class);
				String text = this.messages.getMessage(label.value(), null, Locale.ENGLISH);
				assertThat(page).as(admin.path() + "." + field.getName()).contains(HtmlUtils.htmlEscape(text));
				if (field.getType().isEnum()) {
					assertThat(label.values()).as("value labels of " + field).isNotEmpty();
					for (Object value : field.getType().getEnumConstants()) {
						// Throws when a value has no label.
						this.messages.getMessage(label.values() + "." + ((Enum<?>) value).name(), null, Locale.ENGLISH);
					}
				}
			}
		}
	}

	@Test
	void historyListsFieldsInFormOrderUnderTheirLabelsWithHumanValues() throws Exception {
		long id = create("History probe");
		try {
			this.mvc
				.perform(AdminFormPost.asEditor("/admin/safety-items/" + id, safetyItem("History probe"), "version",
						"0", "kind", "PRECAUTION", "boxedWarning", "true"))
				.andExpect(status().is3xxRedirection());
			SecondReviewer.approvePending(this.queue, this.publishing);
			List<String[]> rows = rows(this.mvc
				.perform(get("/admin/safety-items/" + id + "/history").with(user("editor1").roles("EDITOR")))
				.andReturn()
				.getResponse()
				.getContentAsString());
			// Newest first: the edit, then the creation (every filled field, from
			// nothing).
			assertThat(rows.subList(0, 2)).extracting((row) -> String.join("|", row))
				.containsExactly("Kind|Warnings|Precautions", "Boxed warning|No|Yes");
			assertThat(rows.subList(2, rows.size())).extracting((row) -> row[0])
				.containsExactly("Kind", "Route", "Condition", "Advice", "Boxed warning", "Label section",
						"Order on the page", "Sources cited (at least one)");
			assertThat(rows.get(3)).containsExactly("Route", "", "Oral and intrathecal");
		}
		finally {
			delete(id);
		}
	}

	@Test
	void aConflictListsOnlyFieldsThatDifferOnceSavedAndUnderTheirLabels() throws Exception {
		long id = create("Conflict probe");
		try {
			this.mvc
				.perform(AdminFormPost.asEditor("/admin/safety-items/" + id, safetyItem("Conflict probe"), "version",
						"0", "advice", "Their advice."))
				.andExpect(status().is3xxRedirection());
			SecondReviewer.approvePending(this.queue, this.publishing);
			// Typed from the old version: the same condition with spaces round it, and
			// other advice.
			String page = this.mvc
				.perform(AdminFormPost.asEditor("/admin/safety-items/" + id, safetyItem("Conflict probe"), "version",
						"0", "condition", "  Conflict probe  ", "labelSection", " 5.3 ", "advice", "My advice."))
				.andExpect(status().isConflict())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(rows(page)).extracting((row) -> String.join("|", row))
				.containsExactly("Advice|Their advice.|My advice.");
		}
		finally {
			delete(id);
		}
	}

	/**
	 * Linked items are named by their own titles in conflict (and history) tables, not
	 * given as ids.
	 */
	@Test
	void aConflictNamesLinkedSafetyItemsByTheirTitles() throws Exception {
		long item = create("Linked probe");
		Map<String, String> condition = Map.of("code", "TABLES_PROBE", "label", "Tables probe", "sortOrder", "990",
				"safetyItemIds", "" + item, "reviewed", "true");
		this.mvc.perform(AdminFormPost.asEditor("/admin/screening-conditions", condition))
			.andExpect(status().is3xxRedirection());
		String path = "/admin/screening-conditions/"
				+ SecondReviewer.approvePending(this.queue, this.publishing).get(0);
		try {
			this.mvc.perform(AdminFormPost.asEditor(path, condition, "version", "0", "safetyItemIds", null))
				.andExpect(status().is3xxRedirection());
			SecondReviewer.approvePending(this.queue, this.publishing);
			String page = this.mvc.perform(AdminFormPost.asEditor(path, condition, "version", "0"))
				.andExpect(status().isConflict())
				.andReturn()
				.getResponse()
				.getContentAsString();
			String label = this.messages.getMessage("admin.field.screeningCondition.safetyItems", null, Locale.ENGLISH);
			assertThat(rows(page)).extracting((row) -> String.join("|", row))
				.containsExactly(label + "||Linked probe (warning)");
		}
		finally {
			this.mvc.perform(AdminFormPost.asEditor(path + "/delete", Map.of())).andExpect(status().is3xxRedirection());
			SecondReviewer.approvePending(this.queue, this.publishing);
			delete(item);
		}
	}

	private Map<String, String> safetyItem(String condition) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("kind", "WARNING");
		form.put("route", "BOTH");
		form.put("condition", condition);
		form.put("advice", "Some advice.");
		form.put("labelSection", "5.3");
		form.put("sortOrder", "990");
		form.put("sourceIds", "1");
		form.put("reviewed", "false");
		return form;
	}

	private long create(String condition) throws Exception {
		this.mvc.perform(AdminFormPost.asEditor("/admin/safety-items", safetyItem(condition), "reviewed", "true"))
			.andExpect(status().is3xxRedirection());
		return SecondReviewer.approvePending(this.queue, this.publishing).get(0);
	}

	private void delete(long id) throws Exception {
		this.mvc.perform(AdminFormPost.asEditor("/admin/safety-items/" + id + "/delete", Map.of()))
			.andExpect(status().is3xxRedirection());
		SecondReviewer.approvePending(this.queue, this.publishing);
	}

	/**
	 * The rows of the page's change tables: label, before (or theirs), after (or yours),
	 * unescaped.
	 */
	private static List<String[]> rows(String html) {
		List<String[]> rows = new ArrayList<>();
		Matcher row = ROW.matcher(html);
		while (row.find()) {
			rows.add(Arrays.stream(new String[] { row.group(1), row.group(2), row.group(3) })
				.map(HtmlUtils::htmlUnescape)
				.toArray(String[]::new));
		}
		return rows;
	}

}
