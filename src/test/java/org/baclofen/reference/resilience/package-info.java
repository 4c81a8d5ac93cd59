/**
 * The resilience suite: what must hold when many requests arrive at once, run by
 * {@code ./mvnw verify} (short, bounded, loopback only). Parallel password guessing
 * against the real server, concurrent and stale admin saves, creates racing for the same
 * unique value and restores from out-of-date history pages, on H2 and on PostgreSQL. The
 * longer scenarios against the packaged jar (slow connections, a database restart,
 * {@code kill -9}) run with {@code ./mvnw verify -Presilience}: see
 * {@link ResilienceScenariosIT}.
 */
package org.baclofen.reference.resilience;
