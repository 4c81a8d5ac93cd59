package org.baclofen.reference.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baclofen.reference.PublicPage;
import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.search.ContentCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every public page speaks in an editorial voice and points readers only at the sources'
 * own publishers: no research-process wording, no address that is not a stored source
 * address, no "read via" provenance.
 */
@ReferenceAppTest
class PublicWordingTest {

	/** How a source was obtained is editorial provenance, never content. */
	private static final List<String> RESEARCH_WORDS = List.of("unverified", "not verified", "excerpt", "truncated",
			"copy read", "read via", "mirror", "we read", "source read", "sources read", "was read", "were read",
			"not confirmed", "cut off", "abstract only", "front matter", "label-derived", "dailymed-based",
			"sources searched", "was found", "nearest source", "seed", "were not read");

	/** A source key as pages cite it: S, a number, perhaps a letter (S1b). */
	private static final Pattern SOURCE_KEY = Pattern.compile("\\bS\\d+[a-z]?\\b");

	private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s\"'<>]+");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ContentCatalogue catalogue;

	@Autowired
	private JdbcClient jdbc;

	/**
	 * Public path to its rendered HTML: every listed page plus every page a content item
	 * links to.
	 */
	private final Map<String, String> pages = new TreeMap<>();

	@BeforeEach
	void renderEveryPublicPage() throws Exception {
		Set<String> paths = new LinkedHashSet<>();
		PublicPage.ALL.forEach((page) -> paths.add(page.path()));
		this.catalogue.entries().forEach((entry) -> paths.add(entry.link().split("#", 2)[0]));
		for (String path : paths) {
			this.pages.put(path, this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
		}
	}

	/**
	 * What a reader sees: the text outside tags, with the common character references
	 * resolved.
	 */
	private static String visibleText(String html) {
		return html.replaceAll("(?s)<(script|style)\\b.*?</\\1>", " ")
			.replaceAll("(?s)<[^>]*>", " ")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&");
	}

	@Test
	void noPublicPageUsesResearchProcessWording() {
		assertThat(this.pages).hasSizeGreaterThan(PublicPage.ALL.size());
		List<String> found = new ArrayList<>();
		this.pages.forEach((path, html) -> {
			String text = visibleText(html).toLowerCase();
			RESEARCH_WORDS.stream().filter(text::contains).forEach((word) -> found.add(path + ": " + word));
		});
		assertThat(found).isEmpty();
	}

	@Test
	void everyAddressOnAPublicPageIsAStoredSourceAddress() {
		Set<String> stored = Set.copyOf(this.jdbc.sql("select url from source_address").query(String.class).list());
		List<String> foreign = new ArrayList<>();
		this.pages.forEach((path, html) -> {
			Matcher address = ADDRESS.matcher(html.replace("&amp;", "&"));
			while (address.find()) {
				if (!stored.contains(address.group())) {
					foreign.add(path + ": " + address.group());
				}
			}
		});
		assertThat(foreign).isEmpty();
		assertThat(this.pages.get("/sources")).contains("href=\"https://doi.org/10.1002/jcph.247\"");
	}

	/**
	 * Every source a page cites by key is a stored source, and every stored source has a
	 * key of the sources' own form: nothing like a "SEEDS" key for articles that are not
	 * sources.
	 */
	@Test
	void everySourceKeyOnAPublicPageIsAStoredSource() {
		Set<String> codes = Set.copyOf(this.jdbc.sql("select code from source").query(String.class).list());
		assertThat(codes).allSatisfy((code) -> assertThat(code).matches("S\\d+[a-z]?"));
		List<String> unknown = new ArrayList<>();
		this.pages.forEach((path, html) -> {
			Matcher key = SOURCE_KEY.matcher(visibleText(html));
			while (key.find()) {
				if (!codes.contains(key.group())) {
					unknown.add(path + ": " + key.group());
				}
			}
		});
		assertThat(unknown).isEmpty();
	}

	@Test
	void readViaProvenanceStaysOffThePublicPages() {
		List<String> readVia = this.jdbc.sql("select read_via from source where read_via is not null")
			.query(String.class)
			.list();
		assertThat(readVia).contains("MedLibrary; DrugInserts; FDA SPL XML");
		String sources = visibleText(this.pages.get("/sources"));
		assertThat(readVia).noneMatch(sources::contains);
	}

}
