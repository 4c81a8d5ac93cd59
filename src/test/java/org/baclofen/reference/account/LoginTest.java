package org.baclofen.reference.account;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

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
	void repeatedFailuresLockTheAccountForAWhile() throws Exception {
		String username = newAccount("right-password-123");
		for (int attempt = 0; attempt < 5; attempt++) {
			this.mvc.perform(formLogin().user(username).password("wrong")).andExpect(unauthenticated());
		}
		this.mvc.perform(formLogin().user(username).password("right-password-123"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void disablingAnAccountEndsTheSessionsItAlreadyHas() throws Exception {
		String username = newAccount("right-password-123");
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(formLogin().user(username).password("right-password-123"))
			.andReturn()
			.getRequest()
			.getSession();
		this.mvc.perform(get("/admin").session(session)).andExpect(status().isOk());

		this.administration.setEnabled(this.accounts.findByUsername(username).orElseThrow().getId(), false, "chief");

		this.mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/login?expired"));
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
