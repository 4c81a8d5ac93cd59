package org.baclofen.reference.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.account.Account;
import org.baclofen.reference.account.AccountRepository;
import org.baclofen.reference.account.Role;
import org.baclofen.reference.audit.AuditRevision;
import org.baclofen.reference.indication.Indication;
import org.baclofen.reference.indication.IndicationForm;
import org.baclofen.reference.indication.IndicationRepository;
import org.baclofen.reference.kind.ContentAdmin;
import org.baclofen.reference.kind.ContentAdmins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * A second account is not a second person (issue 19, item 5): an approval by an account
 * the drafter created or elevated is published as such, marked in the item's history and
 * the editors' recent changes, and listed for admins.
 */
@ReferenceAppTest
class AppointeeApprovalTest {

	private static final String MS = "multiple-sclerosis-spasticity";

	/**
	 * Accounts of their own in the shared test database, as changes here are committed.
	 */
	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final String boss = "boss." + this.run;

	private final String sock = "sock." + this.run;

	private final String promoted = "promoted." + this.run;

	private final String independent = "independent." + this.run;

	@Autowired
	private Drafting drafting;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Publishing publishing;

	@Autowired
	private ContentAdmins admins;

	@Autowired
	private IndicationRepository indications;

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private MockMvc mvc;

	/**
	 * Publishes the summary, then puts the published one back (approved by a reviewer
	 * nobody appointed), as other tests read it.
	 */
	private AuditRevision publishEditApprovedBy(String drafter, String approver, String summary) {
		String published = this.indications.findBySlug(MS).orElseThrow().getSummary();
		AuditRevision revision = publishSummary(drafter, approver, summary);
		publishSummary(drafter, SecondReviewer.USERNAME, published);
		return revision;
	}

	private AuditRevision publishSummary(String drafter, String approver, String summary) {
		ContentAdmin<Indication, IndicationForm> admin = this.admins.get("indications");
		Indication ms = this.indications.findBySlug(MS).orElseThrow();
		IndicationForm form = admin.formOf(ms);
		form.setSummary(summary);
		assertThat(this.drafting
			.draftEdit(admin, ms.getId(), form, new BeanPropertyBindingResult(form, "form"), null, drafter)
			.status()).isEqualTo(DraftOutcome.Status.DRAFTED);
		Draft draft = this.queue.pendingDraft("indications", ms.getId()).orElseThrow();
		this.publishing.approve(draft.getId(), draft.getVersion(), approver, false);
		return this.entityManager
			.createQuery("select r from AuditRevision r where r.username = :approver order by r.id desc",
					AuditRevision.class)
			.setParameter("approver", approver)
			.setMaxResults(1)
			.getSingleResult();
	}

	private void accounts() {
		this.accounts.save(new Account(this.boss, "{noop}x", Role.ADMIN, Instant.now()));
		Account sockPuppet = new Account(this.sock, "{noop}x", Role.REVIEWER, Instant.now());
		sockPuppet.createdBy(this.boss);
		this.accounts.save(sockPuppet);
		Account promotedByBoss = new Account(this.promoted, "{noop}x", Role.EDITOR, Instant.now());
		promotedByBoss.createdBy("other.admin");
		promotedByBoss.changeRole(Role.REVIEWER, this.boss);
		this.accounts.save(promotedByBoss);
		Account independentReviewer = new Account(this.independent, "{noop}x", Role.REVIEWER, Instant.now());
		independentReviewer.createdBy("other.admin");
		this.accounts.save(independentReviewer);
	}

	@Test
	void anApprovalByAnAccountTheDrafterCreatedIsMarkedAndListed() throws Exception {
		accounts();
		AuditRevision revision = publishEditApprovedBy(this.boss, this.sock, "Approved by a sock puppet.");
		assertThat(revision.getUsername()).isEqualTo(this.sock);
		assertThat(revision.isApproverAppointedByDrafter()).isTrue();

		long id = this.indications.findBySlug(MS).orElseThrow().getId();
		this.mvc.perform(get("/admin/indications/" + id + "/history").with(user(this.boss).roles("ADMIN")))
			.andExpect(content().string(containsString(this.sock + " approved this with an account that " + this.boss
					+ ", the drafter, created or elevated")));
		this.mvc.perform(get("/admin/changes").with(user(this.boss).roles("ADMIN")))
			.andExpect(content().string(containsString("approved by an account the drafter created or elevated")));
		this.mvc.perform(get("/admin/accounts/appointee-approvals").with(user("other.admin").roles("ADMIN")))
			.andExpect(content().string(containsString("<h1>Changes approved by an appointee of their drafter</h1>")))
			.andExpect(content().string(containsString(">" + revision.getId() + "</th>")))
			.andExpect(content().string(containsString(">" + this.sock + "</td>")));
	}

	@Test
	void anApprovalByAnAccountTheDrafterElevatedIsMarked() {
		accounts();
		assertThat(publishEditApprovedBy(this.boss, this.promoted, "Approved by a promoted reviewer.")
			.isApproverAppointedByDrafter()).isTrue();
	}

	@Test
	void anApprovalByAnotherAdminsAppointeeIsNotMarked() throws Exception {
		accounts();
		AuditRevision revision = publishEditApprovedBy(this.boss, this.independent,
				"Approved by an independent reviewer.");
		assertThat(revision.isApproverAppointedByDrafter()).isFalse();
		this.mvc.perform(get("/admin/accounts/appointee-approvals").with(user("other.admin").roles("ADMIN")))
			.andExpect(content().string(not(containsString(">" + this.independent + "</td>"))));
	}

}
