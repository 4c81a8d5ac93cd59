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

import jakarta.persistence.EntityManager;
import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Separation of duties for roles (issue 19, item 5): once the site has two admins, making
 * someone a reviewer or an admin takes two of them, whether the account is new or its
 * role changes; a step down never waits.
 */
@ReferenceAppTest
@Transactional
class RoleGrantTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private EntityManager entityManager;

	private void admins(String... usernames) {
		this.accounts.findAllByOrderByUsernameAsc()
			.stream()
			.filter((account) -> account.getRole() == Role.ADMIN)
			.forEach(Account::disable);
		for (String username : usernames) {
			this.accounts.save(new Account(username, "{noop}x", Role.ADMIN, Instant.now()));
		}
	}

	private Account reload(String username) {
		this.entityManager.flush();
		this.entityManager.clear();
		return this.accounts.findByUsername(username).orElseThrow();
	}

	private void create(String admin, String username, Role role) throws Exception {
		this.mvc
			.perform(post("/admin/accounts").with(csrf())
				.with(user(admin).roles("ADMIN"))
				.param("username", username)
				.param("role", role.name()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aSoleAdminGrantsAReviewerRoleAtOnceAndIsRememberedAsItsCreator() throws Exception {
		admins("only.admin");
		create("only.admin", "new.reviewer", Role.REVIEWER);
		Account created = reload("new.reviewer");
		assertThat(created.getRole()).isEqualTo(Role.REVIEWER);
		assertThat(created.getRequestedRole()).isNull();
		assertThat(created.isAppointedBy("only.admin")).isTrue();
	}

	@Test
	void withTwoAdminsANewAdminAccountWaitsForTheOtherAdmin() throws Exception {
		admins("first.admin", "second.admin");
		create("first.admin", "sock.puppet", Role.ADMIN);
		Account waiting = reload("sock.puppet");
		assertThat(waiting.getRole()).isEqualTo(Role.EDITOR);
		assertThat(waiting.getRequestedRole()).isEqualTo(Role.ADMIN);
		assertThat(waiting.getRequestedBy()).isEqualTo("first.admin");

		this.mvc
			.perform(post("/admin/accounts/" + waiting.getId() + "/role/approval").with(csrf())
				.with(user("first.admin").roles("ADMIN")))
			.andExpect(flash().attribute("refused", "account.role.ownRequest"));
		assertThat(reload("sock.puppet").getRole()).isEqualTo(Role.EDITOR);

		this.mvc
			.perform(post("/admin/accounts/" + waiting.getId() + "/role/approval").with(csrf())
				.with(user("second.admin").roles("ADMIN")))
			.andExpect(flash().attribute("changed", true));
		Account granted = reload("sock.puppet");
		assertThat(granted.getRole()).isEqualTo(Role.ADMIN);
		assertThat(granted.getRequestedRole()).isNull();
		assertThat(granted.isAppointedBy("first.admin")).isTrue();
		assertThat(granted.isAppointedBy("second.admin")).isFalse();
	}

	@Test
	void withTwoAdminsARoleStepUpWaitsAndAStepDownDoesNot() throws Exception {
		admins("first.admin", "second.admin");
		Account editor = this.accounts.save(new Account("plain.editor", "{noop}x", Role.EDITOR, Instant.now()));
		this.mvc
			.perform(post("/admin/accounts/" + editor.getId() + "/role").with(csrf())
				.with(user("first.admin").roles("ADMIN"))
				.param("role", "REVIEWER"))
			.andExpect(flash().attribute("roleRequested", true));
		Account waiting = reload("plain.editor");
		assertThat(waiting.getRole()).isEqualTo(Role.EDITOR);
		assertThat(waiting.getRequestedRole()).isEqualTo(Role.REVIEWER);
		this.mvc.perform(get("/admin/accounts").with(user("second.admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Approve the requested role of plain.editor")));

		this.mvc
			.perform(post("/admin/accounts/" + waiting.getId() + "/role/refusal").with(csrf())
				.with(user("second.admin").roles("ADMIN")))
			.andExpect(flash().attribute("changed", true));
		assertThat(reload("plain.editor").getRequestedRole()).isNull();

		Account reviewer = this.accounts.save(new Account("old.reviewer", "{noop}x", Role.REVIEWER, Instant.now()));
		this.mvc
			.perform(post("/admin/accounts/" + reviewer.getId() + "/role").with(csrf())
				.with(user("first.admin").roles("ADMIN"))
				.param("role", "EDITOR"))
			.andExpect(flash().attributeCount(1));
		assertThat(reload("old.reviewer").getRole()).isEqualTo(Role.EDITOR);
	}

	@Test
	void aDisabledAdminDoesNotCountAsTheSecondAdmin() throws Exception {
		admins("first.admin", "gone.admin");
		reload("gone.admin").disable();
		create("first.admin", "new.admin", Role.ADMIN);
		assertThat(reload("new.admin").getRole()).isEqualTo(Role.ADMIN);
	}

}
