package org.baclofen.reference.changelog;

import java.util.List;
import java.util.Optional;

/**
 * One page of the latest published changes, so the site-wide list reads in short pages on
 * a phone.
 *
 * @param changes the changes on this page, newest first
 * @param number this page's number, from 1
 * @param count how many pages there are (at least 1, even with no changes)
 */
public record ChangesPage(List<PublishedChange> changes, int number, int count) {

	/**
	 * The requested page of the changes, or none when the request names no such page. A
	 * missing page number means the first page; anything but a plain number is no page.
	 */
	static Optional<ChangesPage> of(List<PublishedChange> all, String requested, int size) {
		int count = Math.max(1, (all.size() + size - 1) / size);
		int number;
		if (requested == null) {
			number = 1;
		}
		else if (requested.matches("[1-9][0-9]{0,3}")) {
			number = Integer.parseInt(requested);
		}
		else {
			return Optional.empty();
		}
		if (number > count) {
			return Optional.empty();
		}
		int from = (number - 1) * size;
		return Optional.of(new ChangesPage(all.subList(from, Math.min(all.size(), from + size)), number, count));
	}

	public boolean hasNewer() {
		return this.number > 1;
	}

	public boolean hasOlder() {
		return this.number < this.count;
	}

}
