package org.baclofen.reference.editor;

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
import org.baclofen.reference.kind.ContentAdmin;
import org.baclofen.reference.kind.ContentAdmins;
import org.baclofen.reference.overview.ClaimCheck;
import org.baclofen.reference.overview.ClaimCheckForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * Two reviewers approve the same draft at the same moment, with committed transactions on
 * the real connection pool: exactly one publishes it, once; the other is told it was
 * decided meanwhile.
 */
@ReferenceAppTest
class ConcurrentApprovalTest {

	private static final String CLAIM = "Concurrent approval test claim: baclofen cures everything overnight";

	@Autowired
	private Drafting drafting;

	@Autowired
	private Publishing publishing;

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
		Draft draft = this.drafting
			.draftNew(claims(), form, new BeanPropertyBindingResult(form, "form"), "concurrency.editor")
			.orElseThrow();

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Long>> approvals = new ArrayList<>();
		for (String reviewer : List.of("concurrency.reviewer.a", "concurrency.reviewer.b")) {
			Callable<Long> approve = () -> {
				start.await();
				return this.publishing.approve(draft.getId(), draft.getVersion(), reviewer, false);
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
				assertThat(failed.getCause()).isInstanceOf(DraftRefusedException.class)
					.hasMessage("review.refused.changedMeanwhile");
				refused++;
			}
		}
		pool.shutdown();
		assertThat(published).isEqualTo(1);
		assertThat(refused).isEqualTo(1);
		assertThat(claims().findAll()).filteredOn((claim) -> CLAIM.equals(claim.getClaim())).hasSize(1);
	}

}
