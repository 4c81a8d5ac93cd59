package org.baclofen.reference.audit;

import java.time.Instant;

/**
 * Where the published content stands: how many audited revisions exist, the newest one's
 * number and when it was saved. Revisions are only ever added, so the count grows with
 * every change that becomes visible, even when a transaction that took a lower revision
 * number commits after one with a higher number.
 *
 * @param count the number of revisions committed so far
 * @param latestId the highest revision number committed so far
 * @param latestAt when the newest revision was saved
 */
public record PublishedRevision(long count, long latestId, Instant latestAt) {

}
