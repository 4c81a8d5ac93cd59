package org.baclofen.reference.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;
import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Users change their own password with their current one, within the password policy; an
 * account with a one-time password (handed over by an admin) is held at the change form
 * until its owner has chosen one. Not transactional: signing in reads committed accounts.
 */
@ReferenceAppTest
class PasswordChangeTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountAdministration administration;

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private PasswordEncoder passwordEncoder;

	/** A new editor, created the way an admin creates one: with a one-time password. */
	private String[] newEditor() {
		AccountForm form = new AccountForm();
		form.setUsername("pw-" + UUID.randomUUID().toString().substring(0, 8));
		form.setRole(Role.EDITOR);
		return new String[] { form.getUsername(), this.administration.create(form, "admin") };
	}

	/**
	 * Each test signs in and changes passwords from an address of its own, so their
	 * attempts never count towards the per-address sign-in limit that other tests sharing
	 * the database run into.
	 */
	private final String address = "10.%d.%d.%d".formatted(RANDOM.nextInt(256), RANDOM.nextInt(256),
			RANDOM.nextInt(256));

	private static final Random RANDOM = new Random();

	private RequestPostProcessor fromAddress() {
		return (request) -> {
			request.setRemoteAddr(this.address);
			return request;
		};
	}

	/**
	 * Signs in and returns what later requests send to stay signed in: the session cookie
	 * where sessions are kept in the database (Spring Session), otherwise the servlet
	 * container's session.
	 */
	private RequestPostProcessor signIn(String username, String password) throws Exception {
		MvcResult result = this.mvc.perform(
				post("/login").with(csrf()).with(fromAddress()).param("username", username).param("password", password))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Cookie cookie = result.getResponse().getCookie("SESSION");
		HttpSession session = result.getRequest().getSession(false);
		return (request) -> {
			if (cookie != null) {
				request.setCookies(cookie);
			}
			else {
				request.setSession(session);
			}
			return request;
		};
	}

	private MockHttpServletRequestBuilder change(RequestPostProcessor session, String current, String next,
			String repeat) {
		return post("/admin/password").with(session)
			.with(csrf())
			.with(fromAddress())
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("repeatPassword", repeat);
	}

	@Test
	void aOneTimePasswordMustBeChangedBeforeAnyAdminPage() throws Exception {
		String[] editor = newEditor();
		RequestPostProcessor session = signIn(editor[0], editor[1]);
		for (String page : new String[] { "/admin", "/admin/interactions", "/admin/due", "/admin/changes" }) {
			this.mvc.perform(get(page).with(session)).andExpect(redirectedUrl("/admin/password"));
		}
		String form = this.mvc.perform(get("/admin/password").with(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("<h1>Change your password</h1>", "Choose your own password to continue.");

		this.mvc.perform(change(session, editor[1], "a-passphrase-of-mine", "a-passphrase-of-mine"))
			.andExpect(redirectedUrl("/admin"));

		this.mvc.perform(get("/admin").with(session)).andExpect(status().isOk());
		Account saved = this.accounts.findByUsername(editor[0]).orElseThrow();
		assertThat(saved.isMustChangePassword()).isFalse();
		assertThat(this.passwordEncoder.matches("a-passphrase-of-mine", saved.getPasswordHash())).isTrue();
		this.mvc.perform(get("/admin").with(signIn(editor[0], "a-passphrase-of-mine"))).andExpect(status().isOk());
	}

	@Test
	void anAdminsResetMakesTheNewPasswordOneTimeAgain() throws Exception {
		String[] editor = newEditor();
		this.mvc
			.perform(change(signIn(editor[0], editor[1]), editor[1], "a-passphrase-of-mine", "a-passphrase-of-mine"))
			.andExpect(redirectedUrl("/admin"));
		AccountAdministration.PasswordReset reset = this.administration
			.resetPassword(this.accounts.findByUsername(editor[0]).orElseThrow().getId());
		this.mvc.perform(get("/admin").with(signIn(editor[0], reset.oneTimePassword())))
			.andExpect(redirectedUrl("/admin/password"));
	}

	@ParameterizedTest(name = "{3}")
	@CsvSource({ "current, eleven-char, eleven-char, too short by one",
			"current, twelve-chars, twelve-chars-x, repeated differently",
			"current, USERNAME-and-more, USERNAME-and-more, contains the username",
			"current, Password1234, Password1234, a common password", "current, current, current, the same as now",
			"wrong-current, twelve-chars, twelve-chars, wrong current password" })
	void aRefusedChangeSaysWhyAndChangesNothing(String current, String next, String repeat, String why)
			throws Exception {
		String[] editor = newEditor();
		RequestPostProcessor session = signIn(editor[0], editor[1]);
		String currentPassword = current.equals("current") ? editor[1] : current;
		String nextPassword = next.equals("current") ? editor[1] : next.replace("USERNAME", editor[0]);
		String repeatPassword = repeat.equals("current") ? editor[1] : repeat.replace("USERNAME", editor[0]);
		String page = this.mvc.perform(change(session, currentPassword, nextPassword, repeatPassword))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).as(why).contains("class=\"field__error\"");
		assertThat(this.passwordEncoder.matches(editor[1],
				this.accounts.findByUsername(editor[0]).orElseThrow().getPasswordHash()))
			.as(why)
			.isTrue();
		this.mvc.perform(get("/admin").with(session)).andExpect(redirectedUrl("/admin/password"));
	}

	/**
	 * A password change signs out every other session of the account (issue 19: they
	 * stayed signed in); the session that changed it stays.
	 */
	@Test
	void aPasswordChangeEndsTheOtherSessions() throws Exception {
		String[] editor = newEditor();
		RequestPostProcessor elsewhere = signIn(editor[0], editor[1]);
		RequestPostProcessor here = signIn(editor[0], editor[1]);
		this.mvc.perform(get("/admin/password").with(elsewhere)).andExpect(status().isOk());

		this.mvc.perform(change(here, editor[1], "a passphrase of mine", "a passphrase of mine"))
			.andExpect(redirectedUrl("/admin"));

		this.mvc.perform(get("/admin/password").with(elsewhere)).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(get("/admin").with(here)).andExpect(status().isOk());
	}

	/**
	 * The one-time password an admin handed over is known to someone else: it can never
	 * become the account's own, not even after another password in between.
	 */
	@Test
	void theOneTimePasswordCanNeverBecomeTheNewPassword() throws Exception {
		String[] editor = newEditor();
		RequestPostProcessor session = signIn(editor[0], editor[1]);
		this.mvc.perform(change(session, editor[1], "a passphrase of mine", "a passphrase of mine"))
			.andExpect(redirectedUrl("/admin"));
		String page = this.mvc.perform(change(session, "a passphrase of mine", editor[1], editor[1]))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("This was a one-time password that someone else knows");
		assertThat(this.passwordEncoder.matches("a passphrase of mine",
				this.accounts.findByUsername(editor[0]).orElseThrow().getPasswordHash()))
			.isTrue();
	}

	/**
	 * Typed in full-width letters (an East Asian keyboard), the password chosen is the
	 * same password: it signs in either way.
	 */
	@Test
	void aPasswordTypedInAnotherFormSignsIn() throws Exception {
		String[] editor = newEditor();
		this.mvc.perform(change(signIn(editor[0], editor[1]), editor[1], "ｗｉｄｅ－ｐａｓｓｐｈｒａｓｅ", "ｗｉｄｅ－ｐａｓｓｐｈｒａｓｅ"))
			.andExpect(redirectedUrl("/admin"));
		this.mvc
			.perform(post("/login").with(csrf())
				.with(fromAddress())
				.param("username", editor[0])
				.param("password", "wide-passphrase"))
			.andExpect(redirectedUrl("/admin"));
	}

	/** Issue 19: twelve zero-width spaces were accepted as a password. */
	@Test
	void invisibleOrBlankPasswordsAreRefused() throws Exception {
		String[] editor = newEditor();
		RequestPostProcessor session = signIn(editor[0], editor[1]);
		Map<String, String> refusals = Map.of("\u200b".repeat(12), "Use only characters you can see and type",
				"\u00a0".repeat(14), "Use letters, digits or symbols, not only spaces", " ".repeat(14), "Fill this in");
		for (Map.Entry<String, String> refusal : refusals.entrySet()) {
			String page = this.mvc.perform(change(session, editor[1], refusal.getKey(), refusal.getKey()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains(refusal.getValue());
		}
		this.mvc.perform(get("/admin").with(session)).andExpect(redirectedUrl("/admin/password"));
	}

	@Test
	void twelveCharactersAreEnough() throws Exception {
		String[] editor = newEditor();
		this.mvc.perform(change(signIn(editor[0], editor[1]), editor[1], "twelve-chars", "twelve-chars"))
			.andExpect(redirectedUrl("/admin"));
	}

	@Test
	void theFormNeedsASignedInUserAndAToken() throws Exception {
		this.mvc.perform(get("/admin/password")).andExpect(status().is3xxRedirection());
		String[] editor = newEditor();
		this.mvc
			.perform(post("/admin/password").with(signIn(editor[0], editor[1]))
				.param("currentPassword", editor[1])
				.param("newPassword", "a-passphrase-of-mine")
				.param("repeatPassword", "a-passphrase-of-mine"))
			.andExpect(status().isForbidden());
	}

}
