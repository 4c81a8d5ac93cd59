package org.baclofen.reference.titration;

import java.util.List;

/**
 * When in the day a dose is taken, as a handout names it, so a patient reads "3 times a
 * day: morning, midday, evening" and ticks a box under each. Once a day is at bedtime
 * (the drowsiness falls in the night, and the children's schedule starts there); twice a
 * day is morning and evening, about 12 hours apart.
 */
public enum DoseTime {

	MORNING, MIDDAY, EVENING, BEDTIME;

	/** The times for this many doses a day; a handout names at most four. */
	public static List<DoseTime> forDoses(int dosesPerDay) {
		return switch (dosesPerDay) {
			case 0 -> List.of();
			case 1 -> List.of(BEDTIME);
			case 2 -> List.of(MORNING, EVENING);
			case 3 -> List.of(MORNING, MIDDAY, EVENING);
			case 4 -> List.of(MORNING, MIDDAY, EVENING, BEDTIME);
			default -> throw new IllegalArgumentException(
					"A handout names dose times for up to 4 doses a day, not " + dosesPerDay);
		};
	}

}
