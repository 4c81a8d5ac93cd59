package org.baclofen.reference.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baclofen.reference.PublicPage;
import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.content.EditableContent;
import org.baclofen.reference.kind.ContentAdmin;
import org.baclofen.reference.kind.ContentAdmins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * No page shows template code to a person: neither in its visible text nor in its title
 * (the tab, the bookmark, the search result). Every public page, and every admin list,
 * new, edit and history page of every kind, plus the other admin and account pages,
 * signed in as an admin.
 */
@ReferenceAppTest
@Transactional
class NoTemplateSyntaxTest {

	/** Thymeleaf attributes and expressions: th:, ${…}, #{…}, *{…}, @{…}, ~{…}. */
	static final Pattern TEMPLATE_SYNTAX = Pattern.compile("(?<![A-Za-z])th:[a-z]|[$#*@~]\\{");

	private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ContentAdmins admins;

	@Test
	void noPublicPageShowsTemplateCode() throws Exception {
		List<String> pages = new ArrayList<>(PublicPage.ALL.stream().map(PublicPage::path).toList());
		pages.addAll(List.of("/changes", "/changes/interactions/1", "/login", "/indications/no-such-use"));
		List<String> found = new ArrayList<>();
		for (String page : pages) {
			found.addAll(templateCodeOn(page, get(page)));
		}
		assertThat(found).isEmpty();
	}

	@Test
	void noAdminPageShowsTemplateCode() throws Exception {
		List<String> pages = new ArrayList<>(List.of("/admin", "/admin/changes", "/admin/due", "/admin/accounts",
				"/admin/accounts/sign-in-limits", "/admin/password"));
		for (ContentAdmin<?, ?> admin : this.admins.all()) {
			String kind = "/admin/" + admin.path();
			pages.addAll(List.of(kind, kind + "/new"));
			EditableContent item = (EditableContent) admin.findAll().get(0);
			pages.addAll(List.of(kind + "/" + item.getId(), kind + "/" + item.getId() + "/history",
					kind + "/" + item.getId() + "/delete"));
		}
		List<String> found = new ArrayList<>();
		for (String page : pages) {
			found.addAll(templateCodeOn(page, get(page).with(user("chief").roles("ADMIN"))));
		}
		assertThat(found).isEmpty();
	}

	@Test
	void theCheckFindsTemplateCodeInTextAndTitles() {
		assertThat(templateCode("<title>${title != null} ? x</title><p>ok</p>")).isNotEmpty();
		assertThat(templateCode("<p>Edit #{admin.kind.drug}</p>")).isNotEmpty();
		assertThat(templateCode("<p th:text=\"x\">Strength: 5 mg, length: 2, *x{</p>")).isEmpty();
		assertThat(templateCode("<p>&lt;span th:text=&quot;x&quot;&gt;</p>")).isNotEmpty();
	}

	private List<String> templateCodeOn(String page, MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(page).isIn(200, 404);
		return templateCode(response.getContentAsString()).stream().map((code) -> page + ": " + code).toList();
	}

	/**
	 * Template code in the title or the visible text (tags, scripts and styles removed,
	 * entities decoded).
	 */
	static List<String> templateCode(String html) {
		List<String> found = new ArrayList<>();
		Matcher title = TITLE.matcher(html);
		String visible = html.replaceAll("(?is)<(script|style)\\b.*?</\\1>", " ")
			.replaceAll("(?s)<!--.*?-->", " ")
			.replaceAll("(?s)<[^>]*>", " ");
		for (String text : new String[] { title.find() ? title.group(1) : "", visible }) {
			Matcher syntax = TEMPLATE_SYNTAX.matcher(HtmlUtils.htmlUnescape(text));
			while (syntax.find()) {
				String decoded = HtmlUtils.htmlUnescape(text);
				found.add(decoded
					.substring(Math.max(0, syntax.start() - 30), Math.min(decoded.length(), syntax.end() + 30))
					.strip());
			}
		}
		return found;
	}

}
