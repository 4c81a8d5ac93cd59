package org.baclofen.reference.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a second person does in tests of the admin forms: approves every pending draft, so
 * what an editor sent is published. A drafter's "reviewed against the sources" tick is
 * confirmed, as a reviewer who checked would.
 */
public final class SecondReviewer {

	/** Not the drafter of any draft the tests make. */
	public static final String USERNAME = "reviewer1";

	private SecondReviewer() {
	}

	/**
	 * @return the published items' ids, oldest draft first
	 */
	public static List<Long> approvePending(DraftQueue queue, Publishing publishing) {
		List<Long> published = new ArrayList<>();
		for (DraftQueue.QueueEntry entry : queue.queue()) {
			Draft draft = entry.draft();
			try {
				published.add(publishing.approve(draft.getId(), draft.getVersion(), USERNAME,
						queue.review(draft.getId()).drafterReviewed()));
			}
			catch (DraftRefusedException refused) {
				throw new AssertionError(refused.getMessage() + " " + Arrays.toString(refused.getArguments()), refused);
			}
		}
		return published;
	}

}
