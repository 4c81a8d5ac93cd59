package org.baclofen.reference.changelog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.baclofen.reference.content.EditableContent;
import org.baclofen.reference.kind.ContentAdmin;
import org.baclofen.reference.kind.ContentAdmins;
import org.hibernate.Hibernate;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When content is due to be checked against its sources again: its last review plus its
 * kind's interval (table review_interval, one row per kind, 12 months unless a row says
 * otherwise). An item is overdue from the day after it falls due. Public pages ask it
 * through {@code @reviewSchedule} next to each review date.
 */
@Component("reviewSchedule")
public class ReviewSchedule {

	static final int DEFAULT_MONTHS = 12;

	private final ReviewIntervals intervals;

	private final ContentAdmins admins;

	private final Clock clock;

	ReviewSchedule(ReviewIntervals intervals, ContentAdmins admins, Clock clock) {
		this.intervals = intervals;
		this.admins = admins;
		this.clock = clock;
	}

	/** An item past its review date, with how many days past. */
	public record DueItem(String kind, long id, String title, LocalDate lastReviewed, LocalDate dueOn,
			long daysOverdue) {
	}

	/** Read before the first page asks. */
	@EventListener(ApplicationReadyEvent.class)
	void loadIntervals() {
		this.intervals.monthsByKind();
	}

	public int intervalMonths(String kind) {
		return this.intervals.monthsByKind().getOrDefault(kind, DEFAULT_MONTHS);
	}

	LocalDate dueOn(String kind, LocalDate lastReviewed) {
		return lastReviewed.plusMonths(intervalMonths(kind));
	}

	/**
	 * Whether a public item's review is overdue today; false for anything that is not
	 * editable content.
	 */
	public boolean isOverdue(Object item) {
		ContentAdmin<?, ?> admin = adminOf(item);
		if (admin == null) {
			return false;
		}
		LocalDate lastReviewed = ((EditableContent) item).getLastReviewed();
		return LocalDate.now(this.clock).isAfter(dueOn(admin.path(), lastReviewed));
	}

	/** The public change log of an item, or null for anything that has none. */
	public String changeLogLink(Object item) {
		ContentAdmin<?, ?> admin = adminOf(item);
		return (admin == null) ? null : "/changes/" + admin.path() + "/" + ((EditableContent) item).getId();
	}

	/** Every item past its review date, most overdue first. */
	@Transactional(readOnly = true)
	public List<DueItem> overdue() {
		LocalDate today = LocalDate.now(this.clock);
		List<DueItem> due = new ArrayList<>();
		for (ContentAdmin<?, ?> admin : this.admins.all()) {
			addOverdue(due, admin, today);
		}
		due.sort(Comparator.comparingLong(DueItem::daysOverdue).reversed().thenComparing(DueItem::title));
		return due;
	}

	private <E extends EditableContent> void addOverdue(List<DueItem> due, ContentAdmin<E, ?> admin, LocalDate today) {
		for (E item : admin.findAll()) {
			LocalDate dueOn = dueOn(admin.path(), item.getLastReviewed());
			if (today.isAfter(dueOn)) {
				due.add(new DueItem(admin.path(), item.getId(), admin.titleOf(item), item.getLastReviewed(), dueOn,
						ChronoUnit.DAYS.between(dueOn, today)));
			}
		}
	}

	private ContentAdmin<?, ?> adminOf(Object item) {
		return (item instanceof EditableContent) ? this.admins.forEntityName(Hibernate.getClass(item).getName()) : null;
	}

}
