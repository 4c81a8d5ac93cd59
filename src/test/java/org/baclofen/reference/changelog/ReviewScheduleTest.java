package org.baclofen.reference.changelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.persistence.EntityManager;
import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.interaction.Interaction;
import org.baclofen.reference.interaction.InteractionRepository;
import org.baclofen.reference.kind.ContentAdmins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Content falls due for review its kind's interval after its last review, and is overdue
 * from the next day: listed for editors, most overdue first, and marked beside its date
 * on the public page.
 */
@ReferenceAppTest
@Transactional
class ReviewScheduleTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ReviewIntervals intervals;

	@Autowired
	private ContentAdmins admins;

	@Autowired
	private InteractionRepository interactions;

	@Autowired
	private EntityManager entityManager;

	@Test
	void everyKindHasTwelveMonthsUnlessItsRowSaysOtherwise() {
		ReviewSchedule schedule = scheduleOn(LocalDate.of(2027, 1, 1));
		this.admins.all().forEach((admin) -> assertThat(schedule.intervalMonths(admin.path())).isEqualTo(12));
		assertThat(schedule.intervalMonths("a-kind-without-a-row")).isEqualTo(ReviewSchedule.DEFAULT_MONTHS);
	}

	@Test
	void dueExactlyTodayIsNotOverdueAndOneDayLaterIs() {
		Interaction opioids = reviewedOn("opioids", LocalDate.of(2020, 2, 10));

		ReviewSchedule dueToday = scheduleOn(LocalDate.of(2021, 2, 10));
		assertThat(dueToday.isOverdue(opioids)).isFalse();
		assertThat(dueToday.overdue()).noneMatch((item) -> item.id() == opioids.getId());

		ReviewSchedule oneDayOver = scheduleOn(LocalDate.of(2021, 2, 11));
		assertThat(oneDayOver.isOverdue(opioids)).isTrue();
		assertThat(oneDayOver.overdue()).filteredOn((item) -> item.id() == opioids.getId())
			.singleElement()
			.satisfies((item) -> {
				assertThat(item.daysOverdue()).isEqualTo(1);
				assertThat(item.dueOn()).isEqualTo(LocalDate.of(2021, 2, 10));
				assertThat(item.kind()).isEqualTo("interactions");
			});
	}

	@Test
	void theDuePageListsTheMostOverdueFirst() throws Exception {
		reviewedOn("opioids", LocalDate.of(2020, 1, 1));
		reviewedOn("alcohol", LocalDate.of(2019, 1, 1));
		String page = this.mvc.perform(get("/admin/due").with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<h1>Due for review</h1>", "<title>Due for review | Edit content</title>");
		assertThat(page.indexOf(">Alcohol<")).as("older review listed first")
			.isPositive()
			.isLessThan(page.indexOf(">Opioids<"));
		this.mvc.perform(get("/admin")).andExpect(status().is3xxRedirection());
		assertThat(this.mvc.perform(get("/admin").with(user("editor1").roles("EDITOR")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("href=\"/admin/due\"");
	}

	@Test
	void thePublicPageSaysReviewOverdueBesideTheDate() throws Exception {
		assertThat(publicInteractions()).doesNotContain("Review overdue");
		reviewedOn("opioids", LocalDate.now().minusYears(2));
		assertThat(publicInteractions()).contains("<span class=\"badge badge--overdue\">Review overdue</span>");
	}

	@Test
	void anonymousVisitorsCannotSeeTheDueList() throws Exception {
		this.mvc.perform(get("/admin/due")).andExpect(status().is3xxRedirection());
	}

	private String publicInteractions() throws Exception {
		return this.mvc.perform(get("/interactions")).andReturn().getResponse().getContentAsString();
	}

	private Interaction reviewedOn(String slug, LocalDate date) {
		this.jdbc.sql("update interaction set last_reviewed = ? where slug = ?").param(date).param(slug).update();
		this.entityManager.clear();
		return this.interactions.findAllBy()
			.stream()
			.filter((interaction) -> interaction.getSlug().equals(slug))
			.findFirst()
			.orElseThrow();
	}

	private ReviewSchedule scheduleOn(LocalDate today) {
		return new ReviewSchedule(this.intervals, this.admins,
				Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
	}

}
