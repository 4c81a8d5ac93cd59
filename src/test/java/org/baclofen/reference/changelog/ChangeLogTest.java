package org.baclofen.reference.changelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclofen.reference.editor.SecondReviewer.approvePending;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.editor.DraftQueue;
import org.baclofen.reference.editor.Publishing;
import org.baclofen.reference.editor.SecondReviewer;
import org.baclofen.reference.indication.Indication;
import org.baclofen.reference.indication.IndicationEdits;
import org.baclofen.reference.indication.IndicationRepository;
import org.baclofen.reference.system.PublicSite;
import org.baclofen.reference.system.StatementCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The public change log, the site-wide changes page and its Atom feed. Not transactional:
 * only committed edits are audited and published, so the edit test changes an item and
 * puts it back.
 */
@ReferenceAppTest
class ChangeLogTest {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private IndicationRepository indications;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Publishing publishing;

	@Autowired
	private PublicSite site;

	@Test
	void anItemsChangeLogShowsItsPublishedRevisionsInWordsWithoutEditorNames() throws Exception {
		long opioids = this.jdbc.sql("select id from interaction where slug = 'opioids'").query(Long.class).single();
		String page = get200("/changes/interactions/" + opioids).getContentAsString();
		assertThat(page)
			.contains("<h1>Change log: Opioids</h1>", "<title>Change log: Opioids | Baclofen Reference</title>")
			.contains("First published", "Sources cited then:", "href=\"/sources#source-S20\"")
			.contains("href=\"/interactions#opioids\"")
			.doesNotContain("migration", "editor1", "reviewed_by");
	}

	@Test
	void everyReviewDateOnAPublicPageLinksToItsChangeLog() throws Exception {
		Indication fibromyalgia = this.indications.findBySlug("fibromyalgia").orElseThrow();
		assertThat(get200("/indications/fibromyalgia").getContentAsString()).contains(
				"<a href=\"/changes/indications/" + fibromyalgia.getId() + "\" title=\"What changed, and when\"><time");
		assertThat(get200("/sources").getContentAsString()).contains("<a href=\"/changes/sources/");
	}

	@Test
	void aPublishedEditAppearsInTheItemsLogThePageAndTheFeedOnTheNextRequest() throws Exception {
		Indication before = this.indications.findBySlug("fibromyalgia").orElseThrow();
		String feedBefore = get200("/changes.atom").getContentAsString();
		get200("/changes");
		try {
			this.mvc
				.perform(edit(before, "A summary the change log must show.").param("changeReason",
						"Reworded after the label review."))
				.andExpect(status().is3xxRedirection());
			approvePending(this.queue, this.publishing);

			String log = get200("/changes/indications/" + before.getId()).getContentAsString();
			assertThat(log).contains("<th scope=\"row\">Summary</th>", "A summary the change log must show.")
				.contains("<strong>Why:</strong>", "Reworded after the label review.")
				.contains(before.getSummary())
				.doesNotContain("editor1", SecondReviewer.USERNAME);
			String changes = get200("/changes").getContentAsString();
			assertThat(changes.split("<li class=\"change\">")[1]).as("the newest change comes first")
				.contains("Fibromyalgia", "Summary");
			assertThat(changes).doesNotContain("editor1", SecondReviewer.USERNAME);
			String editors = this.mvc.perform(get("/admin/changes").with(user("editor1").roles("EDITOR")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(editors.split("<tbody>")[1]).as("the editors' list: the same change, with who published it")
				.contains("<td>" + SecondReviewer.USERNAME + "</td>", "Indications: ",
						"href=\"/admin/indications/" + before.getId() + "/history\">Fibromyalgia</a>", "Changed");
			String feed = get200("/changes.atom").getContentAsString();
			assertThat(feed).isNotEqualTo(feedBefore);
			Element newest = (Element) parse(feed).getElementsByTagNameNS(ATOM, "entry").item(0);
			assertThat(text(newest, "title")).isEqualTo("Indications: Fibromyalgia (Changed)");
			assertThat(text(newest, "summary")).startsWith("Changed: Summary.")
				.doesNotContain("editor1", SecondReviewer.USERNAME);
		}
		finally {
			this.mvc.perform(edit(this.indications.findBySlug("fibromyalgia").orElseThrow(), before.getSummary()))
				.andExpect(status().is3xxRedirection());
			approvePending(this.queue, this.publishing);
		}
	}

	@Test
	void theFeedIsValidAtomWithEveryRequiredElement() throws Exception {
		MockHttpServletResponse response = get200("/changes.atom");
		assertThat(response.getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
		Document feed = parse(response.getContentAsString());
		Element root = feed.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertThat(text(root, "id")).startsWith("tag:");
		assertThat(text(root, "title")).isNotBlank();
		Instant.parse(text(root, "updated"));
		assertThat(root.getElementsByTagNameNS(ATOM, "author").getLength()).isEqualTo(1);
		NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
		assertThat(entries.getLength()).isBetween(1, ChangesController.RECENT);
		Instant previous = Instant.MAX;
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			assertThat(text(entry, "id")).startsWith("tag:baclofen-reference,2026:change/");
			assertThat(text(entry, "title")).isNotBlank().doesNotContain("${");
			assertThat(text(entry, "summary")).isNotBlank();
			Instant updated = Instant.parse(text(entry, "updated"));
			assertThat(updated).as("newest first").isBeforeOrEqualTo(previous);
			previous = updated;
		}
		assertThat(feed.getElementsByTagNameNS(ATOM, "link").getLength()).isGreaterThan(2);
	}

	/**
	 * Every link is absolute, under the configured public address, whatever Host header a
	 * request sends (the feed is cached and served to everyone).
	 */
	@Test
	void theFeedLinksFromThePublicSiteNeverFromTheHostHeader() throws Exception {
		for (MockHttpServletRequestBuilder request : List.of(get("/changes.atom"),
				get("/changes.atom").header("Host", "attacker.example"),
				get("/changes.atom").header("X-Forwarded-Host", "attacker.example")
					.header("Host", "attacker.example"))) {
			NodeList links = parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString())
				.getElementsByTagNameNS(ATOM, "link");
			assertThat(links.getLength()).isGreaterThan(2);
			for (int i = 0; i < links.getLength(); i++) {
				assertThat(((Element) links.item(i)).getAttribute("href")).startsWith(this.site.publicBaseUrl() + "/")
					.doesNotContain("attacker");
			}
		}
	}

	@Test
	void theFeedIsCachedLikeEveryPublicPage() throws Exception {
		String etag = get200("/changes.atom").getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(this.mvc.perform(get("/changes.atom").header("If-None-Match", etag))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(304);
	}

	@Test
	void theChangesPageLinksItsFeed() throws Exception {
		assertThat(get200("/changes").getContentAsString())
			.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/changes.atom\"")
			.contains("<h1>What changed</h1>");
	}

	@Test
	void theChangesPageShowsTenAtATimeWithTheWayToOlderAndNewerOnes() throws Exception {
		String first = get200("/changes").getContentAsString();
		assertThat(first.split("<li class=\"change\">", -1).length - 1).isEqualTo(ChangesController.PAGE_SIZE);
		assertThat(first).contains("<span aria-current=\"page\">Page 1 of ", "rel=\"next\" href=\"/changes?page=2\"")
			.doesNotContain("rel=\"prev\"");
		String second = get200("/changes?page=2").getContentAsString();
		assertThat(second).contains("<span aria-current=\"page\">Page 2 of ", "rel=\"prev\" href=\"/changes\"");
		assertThat(second.split("<li class=\"change\">", -1).length - 1).isBetween(1, ChangesController.PAGE_SIZE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/changes?page=0", "/changes?page=abc", "/changes?page=-1", "/changes?page=9999",
			"/changes?page=123456789012345678901234567890" })
	void aPageThatDoesNotExistIsA404(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
	}

	/**
	 * The page cache serves neither signed-in readers nor addresses with a query string:
	 * the logs are held.
	 */
	@Test
	void aChangeLogTheCacheCannotServeCostsOnlyTheRevisionQueryOnceRead() throws Exception {
		for (String page : new String[] { "/changes?from=feed", "/changes/interactions/1?from=feed" }) {
			get200(page);
			StatementCounter.reset();
			get200(page);
			assertThat(StatementCounter.count()).as(page).isEqualTo(1);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/changes/interactions/0", "/changes/interactions/abc", "/changes/interactions/-1",
			"/changes/interactions/99999999999", "/changes/interactions/123456789012345678901234567890",
			"/changes/no-such-kind/1" })
	void anUnknownItemIsA404(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
	}

	private MockHttpServletResponse get200(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes("UTF-8")));
	}

	/** The text of the element's own child of that name (not a descendant's). */
	private static String text(Element parent, String name) {
		for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && ATOM.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				return element.getTextContent();
			}
		}
		throw new AssertionError("No atom:" + name + " in " + parent.getLocalName());
	}

	private MockHttpServletRequestBuilder edit(Indication indication, String summary) {
		return IndicationEdits.summary(indication, summary, this.jdbc);
	}

}
