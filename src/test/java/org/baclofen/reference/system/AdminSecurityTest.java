package org.baclofen.reference.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.account.AccountRepository;
import org.baclofen.reference.editor.DraftQueue;
import org.baclofen.reference.editor.Drafting;
import org.baclofen.reference.indication.Indication;
import org.baclofen.reference.indication.IndicationForm;
import org.baclofen.reference.kind.ContentAdmin;
import org.baclofen.reference.kind.ContentAdmins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Walks every handler mapped under /admin, for every content kind, so an endpoint added
 * later is covered without anyone remembering to add it here.
 */
@ReferenceAppTest
@Transactional
class AdminSecurityTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	@Autowired
	private ContentAdmins admins;

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Drafting drafting;

	private final List<Endpoint> endpoints = new ArrayList<>();

	/**
	 * @param adminOnly only admins may use it (accounts, publishing without a second
	 * review, CDS Hooks feedback counts)
	 * @param reviewersOnly reviewers and admins may use it, editors may not (the review
	 * queue)
	 */
	record Endpoint(HttpMethod method, String path, boolean adminOnly, boolean reviewersOnly) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	@BeforeEach
	void enumerateAdminEndpoints() {
		long accountId = this.accounts.findAllByOrderByUsernameAsc().get(0).getId();
		long draftId = aPendingDraft();
		for (Map.Entry<RequestMappingInfo, ?> handler : this.handlerMapping.getHandlerMethods().entrySet()) {
			Set<String> patterns = handler.getKey().getPatternValues();
			Set<RequestMethod> methods = handler.getKey().getMethodsCondition().getMethods();
			for (String pattern : patterns) {
				if (!pattern.startsWith("/admin")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					for (String path : expand(pattern, accountId, draftId)) {
						this.endpoints
							.add(new Endpoint(HttpMethod.valueOf(method.name()), path,
									pattern.startsWith("/admin/accounts") || pattern.endsWith("/publish-without-review")
											|| pattern.equals("/admin/cds-feedback"),
									pattern.startsWith("/admin/review")));
					}
				}
			}
		}
		assertThat(this.endpoints).as("admin endpoints found").hasSizeGreaterThan(20);
	}

	/**
	 * A draft of an item, by someone who is none of the users below, for the review
	 * endpoints.
	 */
	private long aPendingDraft() {
		ContentAdmin<Indication, IndicationForm> indications = this.admins.get("indications");
		Indication item = indications.findAll().get(0);
		IndicationForm form = indications.formOf(item);
		this.drafting.draftEdit(indications, item.getId(), form, new BeanPropertyBindingResult(form, "form"), null,
				"security.drafter");
		return this.queue.pendingDraft("indications", item.getId()).orElseThrow().getId();
	}

	/** Concrete addresses for a pattern: every content kind, with an item that exists. */
	private List<String> expand(String pattern, long accountId, long draftId) {
		if (!pattern.contains("{path}")) {
			return List.of(UriComponentsBuilder.fromPath(pattern)
				.buildAndExpand(Map.of("id", accountId, "draftId", draftId))
				.toUriString());
		}
		List<String> paths = new ArrayList<>();
		for (ContentAdmin<?, ?> admin : this.admins.all()) {
			Long id = admin.findAll().isEmpty() ? 1L : admin.findAll().get(0).getId();
			paths.add(UriComponentsBuilder.fromPath(pattern)
				.buildAndExpand(Map.of("path", admin.path(), "id", id, "revision", 1))
				.toUriString());
		}
		return paths;
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		for (Endpoint endpoint : this.endpoints) {
			MockHttpServletResponse response = perform(request(endpoint.method(), endpoint.path()).with(csrf()));
			assertThat(response.getStatus()).as("%s", endpoint).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).as("%s", endpoint).endsWith("/login");
		}
	}

	@Test
	void signedInUsersWithoutTheRoleAreForbidden() throws Exception {
		for (Endpoint endpoint : this.endpoints) {
			assertThat(perform(
					request(endpoint.method(), endpoint.path()).with(csrf()).with(user("reader").roles("READER")))
				.getStatus()).as("%s", endpoint).isEqualTo(403);
			if (endpoint.adminOnly() || endpoint.reviewersOnly()) {
				assertThat(perform(
						request(endpoint.method(), endpoint.path()).with(csrf()).with(user("editor1").roles("EDITOR")))
					.getStatus()).as("editor on %s", endpoint).isEqualTo(403);
			}
			if (endpoint.adminOnly()) {
				assertThat(perform(request(endpoint.method(), endpoint.path()).with(csrf())
					.with(user("reviewer1").roles("REVIEWER"))).getStatus()).as("reviewer on %s", endpoint)
					.isEqualTo(403);
			}
		}
	}

	@Test
	void formPostsWithoutTheCsrfTokenAreForbidden() throws Exception {
		for (Endpoint endpoint : this.endpoints) {
			if (endpoint.method() == HttpMethod.POST) {
				assertThat(perform(request(endpoint.method(), endpoint.path()).with(user("root").roles("ADMIN")))
					.getStatus()).as("%s", endpoint).isEqualTo(403);
			}
		}
	}

	@Test
	void theRightRoleIsAllowed() throws Exception {
		// Pages first: the posts below change and delete content (rolled back after the
		// test).
		for (Endpoint endpoint : this.endpoints) {
			if (endpoint.method() == HttpMethod.GET) {
				assertThat(perform(request(endpoint.method(), endpoint.path()).with(user("root").roles("ADMIN")))
					.getStatus()).as("admin on %s", endpoint).isEqualTo(200);
				if (!endpoint.adminOnly() && !endpoint.reviewersOnly()) {
					assertThat(
							perform(request(endpoint.method(), endpoint.path()).with(user("editor1").roles("EDITOR")))
								.getStatus())
						.as("editor on %s", endpoint)
						.isEqualTo(200);
				}
				if (!endpoint.adminOnly()) {
					assertThat(perform(
							request(endpoint.method(), endpoint.path()).with(user("reviewer1").roles("REVIEWER")))
						.getStatus()).as("reviewer on %s", endpoint).isEqualTo(200);
				}
			}
		}
		for (Endpoint endpoint : this.endpoints) {
			if (endpoint.method() == HttpMethod.POST) {
				MockHttpServletResponse response = perform(
						request(endpoint.method(), endpoint.path()).with(csrf()).with(user("root").roles("ADMIN")));
				assertThat(response.getStatus()).as("%s", endpoint).isNotIn(401, 403);
				if (response.getRedirectedUrl() != null) {
					assertThat(response.getRedirectedUrl()).as("%s", endpoint).doesNotEndWith("/login");
				}
			}
		}
	}

}
