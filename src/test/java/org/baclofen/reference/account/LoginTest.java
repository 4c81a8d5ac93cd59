package org.baclofen.reference.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Random;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ReferenceAppTest
class LoginTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Autowired
	private AccountAdministration administration;

	@Autowired
	private LoginLimits limits;

	private static final Random RANDOM = new Random();

	private String newAccount(String password) {
		String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.save(new Account(username, this.passwordEncoder.encode(password), Role.EDITOR, Instant.now()));
		return username;
	}

	@Test
	void theLoginPageIsOurOwn() throws Exception {
		this.mvc.perform(get("/login")).andExpect(content().string(containsString("Sign in to edit content")));
	}

	@Test
	void anEditorSignsInAndOut() throws Exception {
		String username = newAccount("right-password-123");
		this.mvc.perform(formLogin().user(username).password("right-password-123"))
			.andExpect(authenticated().withUsername(username).withRoles("EDITOR"))
			.andExpect(redirectedUrl("/admin"));
		this.mvc.perform(logout()).andExpect(redirectedUrl("/login?signedOut"));
	}

	@Test
	void repeatedFailuresFromOneAddressMakeTheNextAttemptThereWait() throws Exception {
		String username = newAccount("right-password-123");
		for (int attempt = 0; attempt < this.limits.freeFailuresPerAccountAndAddress(); attempt++) {
			this.mvc.perform(formLogin().user(username).password("wrong")).andExpect(unauthenticated());
		}
		this.mvc.perform(formLogin().user(username).password("right-password-123"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?retryIn=1"));
	}

	/**
	 * A sign-in attempt from an address of its own, so tests do not share the per-address
	 * count.
	 */
	private static MockHttpServletRequestBuilder signIn(String address, String username, String password) {
		return post("/login").with(csrf()).param("username", username).param("password", password).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

	private static String someAddress() {
		return "10.%d.%d.%d".formatted(RANDOM.nextInt(256), RANDOM.nextInt(256), RANDOM.nextInt(256));
	}

	@Test
	void afterTheFreeFailuresTheAnswerSaysHowLongToWaitForKnownAndUnknownUsernamesAlike() throws Exception {
		String address = someAddress();
		for (String username : new String[] { newAccount("right-password-123"),
				"no-such-user-" + RANDOM.nextInt(1000) }) {
			for (int attempt = 0; attempt < this.limits.freeFailuresPerAccountAndAddress(); attempt++) {
				this.mvc.perform(signIn(address, username, "wrong-password")).andExpect(redirectedUrl("/login?error"));
			}
			this.mvc.perform(signIn(address, username, "right-password-123"))
				.andExpect(redirectedUrl("/login?retryIn=1"));
		}
	}

	/**
	 * The attack that locked anyone out before (issue 19): 50 wrong guesses for an admin
	 * account, from ten other addresses, then the admin signs in from a new address.
	 */
	@Test
	void fiftyWrongGuessesFromOtherAddressesNeverKeepTheRightPasswordOut() throws Exception {
		String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts
			.save(new Account(admin, this.passwordEncoder.encode("right-password-123"), Role.ADMIN, Instant.now()));
		for (int guess = 0; guess < 50; guess++) {
			this.mvc.perform(signIn("10.99.0." + (guess % 10), admin, "wrong-" + guess))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(signIn(someAddress(), admin, "right-password-123")).andExpect(redirectedUrl("/admin"));
	}

	@Test
	void aPasswordResetLiftsTheWaitsOnTheAccount() throws Exception {
		String username = newAccount("right-password-123");
		String address = someAddress();
		for (int attempt = 0; attempt <= this.limits.freeFailuresPerAccountAndAddress(); attempt++) {
			this.mvc.perform(signIn(address, username, "wrong-password"));
		}
		this.mvc.perform(signIn(address, username, "right-password-123")).andExpect(redirectedUrl("/login?retryIn=1"));
		String password = this.administration
			.resetPassword(this.accounts.findByUsername(username).orElseThrow().getId())
			.oneTimePassword();
		this.mvc.perform(signIn(address, username, password)).andExpect(redirectedUrl("/admin"));
	}

	@Test
	void theSignInPageSaysHowLongToWaitOnlyForASmallNumber() throws Exception {
		this.mvc.perform(get("/login").param("retryIn", "15"))
			.andExpect(content().string(containsString("Too many sign-in attempts. Try again in 15 minutes.")));
		this.mvc.perform(get("/login").param("retryIn", "1"))
			.andExpect(content().string(containsString("Try again in 1 minute.")));
		for (String forged : new String[] { "0", "-1", "abc", "99999", "1e9" }) {
			this.mvc.perform(get("/login").param("retryIn", forged))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Too many"))));
		}
	}

	@Test
	void disablingAnAccountEndsTheSessionsItAlreadyHas() throws Exception {
		String username = newAccount("right-password-123");
		Cookie session = this.mvc.perform(formLogin().user(username).password("right-password-123"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).as("the sign-in session cookie").isNotNull();
		this.mvc.perform(get("/admin").cookie(session)).andExpect(status().isOk());

		this.administration.setEnabled(this.accounts.findByUsername(username).orElseThrow().getId(), false, "chief");

		this.mvc.perform(get("/admin").cookie(session)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void aDisabledAccountCannotSignIn() throws Exception {
		String username = newAccount("right-password-123");
		Account account = this.accounts.findByUsername(username).orElseThrow();
		account.disable();
		this.accounts.save(account);
		this.mvc.perform(formLogin().user(username).password("right-password-123")).andExpect(unauthenticated());
	}

}
