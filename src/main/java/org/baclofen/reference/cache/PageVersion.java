package org.baclofen.reference.cache;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.baclofen.reference.audit.PublishedRevision;

/**
 * What a public page's content depends on: the published content revision and today's
 * date (the tools' default forms start from today). Every instance sharing the database
 * computes the same version, so the validators it yields ({@link #etag()},
 * {@link #lastModified(Instant)}) agree across instances.
 */
record PageVersion(PublishedRevision revision, LocalDate day, ZoneId zone) {

	static PageVersion of(PublishedRevision revision, Instant now, ZoneId zone) {
		return new PageVersion(revision, LocalDate.ofInstant(now, zone), zone);
	}

	/**
	 * A weak tag: the gzip and the plain body of one version are the same page but not
	 * the same bytes.
	 */
	String etag() {
		return "W/\"" + this.revision.count() + "-" + this.revision.latestId() + "-"
				+ this.day.format(DateTimeFormatter.BASIC_ISO_DATE) + "\"";
	}

	/**
	 * The later of the newest revision and the start of today, to the second as HTTP
	 * dates are, but never after {@code now}: a revision may carry a planned publication
	 * time (the migrations stamp theirs), and a Last-Modified in the future is not
	 * allowed (RFC 9110, 8.8.2.1).
	 */
	Instant lastModified(Instant now) {
		Instant dayStart = this.day.atStartOfDay(this.zone).toInstant();
		Instant latest = this.revision.latestAt().isAfter(dayStart) ? this.revision.latestAt() : dayStart;
		return (latest.isAfter(now) ? now : latest).truncatedTo(ChronoUnit.SECONDS);
	}

}
