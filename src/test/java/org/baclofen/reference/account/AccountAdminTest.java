package org.baclofen.reference.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import jakarta.servlet.http.Cookie;
import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

@ReferenceAppTest
@Transactional
class AccountAdminTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Test
	void anAdminCreatesAnAccountAndSeesItsPasswordOnce() throws Exception {
		MvcResult created = this.mvc
			.perform(post("/admin/accounts").with(csrf())
				.with(user("root").roles("ADMIN"))
				.param("username", "new.editor")
				.param("role", "EDITOR"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("oneTimePassword"))
			.andReturn();
		String password = (String) created.getFlashMap().get("oneTimePassword");
		Account account = this.accounts.findByUsername("new.editor").orElseThrow();
		assertThat(this.passwordEncoder.matches(password, account.getPasswordHash())).isTrue();
		assertThat(account.getPasswordHash()).doesNotContain(password);
	}

	@Test
	void aPasswordResetNamesTheAccountFromThePathNotFromTheForm() throws Exception {
		Account other = this.accounts.save(new Account("reset.target", "{noop}x", Role.EDITOR, Instant.now()));
		// The flash attributes travel in the (database-backed) session to the page the
		// reset redirects to.
		Cookie session = this.mvc
			.perform(post("/admin/accounts/" + other.getId() + "/password").with(csrf())
				.with(user("root").roles("ADMIN"))
				.param("username", "admin"))
			.andExpect(flash().attribute("forUsername", "reset.target"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		this.mvc.perform(get("/admin/accounts").with(user("root").roles("ADMIN")).cookie(session))
			.andExpect(content().string(containsString("The password for reset.target is:")));
	}

	@Test
	void badOrTakenUsernamesAreFieldErrors() throws Exception {
		this.accounts.save(new Account("taken.name", "{noop}x", Role.EDITOR, Instant.now()));
		this.mvc
			.perform(post("/admin/accounts").with(csrf())
				.with(user("root").roles("ADMIN"))
				.param("username", "taken.name")
				.param("role", "EDITOR"))
			.andExpect(content().string(containsString("An account with this username already exists")));
		this.mvc
			.perform(post("/admin/accounts").with(csrf())
				.with(user("root").roles("ADMIN"))
				.param("username", "Bad Name!")
				.param("role", "EDITOR"))
			.andExpect(content().string(containsString("Use 3 to 60 lowercase letters")));
	}

	@Test
	void anAdminDisablesAndResetsOthersButNotThemselves() throws Exception {
		Account other = this.accounts.save(new Account("other.editor", "{noop}x", Role.EDITOR, Instant.now()));
		this.mvc.perform(post("/admin/accounts/" + other.getId() + "/enabled").with(csrf())
			.with(user("root").roles("ADMIN"))
			.param("enabled", "false"));
		assertThat(this.accounts.findByUsername("other.editor").orElseThrow().isEnabled()).isFalse();
		this.mvc
			.perform(post("/admin/accounts/" + other.getId() + "/password").with(csrf())
				.with(user("root").roles("ADMIN"))
				.param("username", "other.editor"))
			.andExpect(flash().attributeExists("oneTimePassword"));

		Account self = this.accounts.save(new Account("root", "{noop}x", Role.ADMIN, Instant.now()));
		this.mvc
			.perform(post("/admin/accounts/" + self.getId() + "/enabled").with(csrf())
				.with(user("root").roles("ADMIN"))
				.param("enabled", "false"))
			.andExpect(flash().attribute("refused", "account.self.disable"));
		assertThat(this.accounts.findByUsername("root").orElseThrow().isEnabled()).isTrue();
		this.mvc.perform(get("/admin/accounts").with(user("root").roles("ADMIN")))
			.andExpect(content().string(containsString("other.editor")));
	}

}
