package org.baclofen.reference.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.admin.ContentAdmin;
import org.baclofen.reference.admin.ContentAdmins;
import org.baclofen.reference.admin.ContentEditing;
import org.baclofen.reference.overview.ClaimCheck;
import org.baclofen.reference.overview.ClaimCheckForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Two reviewers approve the same draft at the same moment, with committed transactions on
 * the real connection pool: exactly one publishes it, once; the other is told it was
 * decided meanwhile.
 */
@ReferenceAppTest
class ConcurrentApprovalTest {

	private static final String CLAIM = "Concurrent approval test claim: baclofen cures everything overnight";

	@Autowired
	private ContentReview review;

	@Autowired
	private ContentAdmins admins;

	@Autowired
	private ContentEditing editing;

	private ContentAdmin<ClaimCheck, ClaimCheckForm> claims() {
		return this.admins.get("claim-checks");
	}

	@AfterEach
	void removePublishedClaims() {
		claims().findAll()
			.stream()
			.filter((claim) -> CLAIM.equals(claim.getClaim()))
			.forEach((claim) -> this.editing.delete(claims(), claim.getId()));
	}

	@Test
	void twoApprovalsOfTheSameDraftAtOncePublishItExactlyOnce() throws Exception {
		ClaimCheckForm form = claims().newForm();
		form.setClaim(CLAIM);
		form.setVerdict(ClaimCheck.Verdict.WRONG);
		form.setFinding("What the sources say, written only by a concurrency test.");
		form.setExplanation("Written only by a concurrency test.");
		form.setSortOrder(900);
		form.setSourceIds(List.of(1L));
		form.setReviewed(true);
		Draft draft = this.review.draftNew(claims(), form, "concurrency.editor");

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Long>> approvals = new ArrayList<>();
		for (String reviewer : List.of("concurrency.reviewer.a", "concurrency.reviewer.b")) {
			Callable<Long> approve = () -> {
				start.await();
				return this.review.approve(draft.getId(), draft.getVersion(), reviewer, false);
			};
			approvals.add(pool.submit(approve));
		}
		start.countDown();
		int published = 0;
		int refused = 0;
		for (Future<Long> approval : approvals) {
			try {
				approval.get(30, TimeUnit.SECONDS);
				published++;
			}
			catch (java.util.concurrent.ExecutionException failed) {
				assertThat(failed.getCause()).isInstanceOf(ConcurrencyFailureException.class);
				refused++;
			}
		}
		pool.shutdown();
		assertThat(published).isEqualTo(1);
		assertThat(refused).isEqualTo(1);
		assertThat(claims().findAll()).filteredOn((claim) -> CLAIM.equals(claim.getClaim())).hasSize(1);
	}

}
