package org.baclofen.reference.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * A restore carries the review stamp of the revision it restores: restored values were
 * last checked when that revision was, never "now" or at a later review of other values.
 */
class ReviewedContentTest {

	private static final class Item extends ReviewedContent {

		Item(LocalDate reviewed) {
			super(reviewed);
		}

		@Override
		public String displayTitle() {
			return "An item";
		}

		@Override
		public String publicLink() {
			return "/";
		}

	}

	@Test
	void aRestoreTakesTheRestoredRevisionsReviewStamp() {
		LocalDate old = LocalDate.of(2026, 3, 1);
		Item current = new Item(old);
		current.markReviewed(LocalDate.of(2026, 11, 30), "reviewer1");
		Item restored = new Item(old);
		current.carryReviewOf(restored);
		assertThat(current.getLastReviewed()).isEqualTo(old);
		assertThat(current.getReviewedBy()).isNull();
	}

}
