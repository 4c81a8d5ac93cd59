package org.baclofen.reference.system;

import java.util.Arrays;

/**
 * How many letters two words differ by: each inserted, deleted, changed or swapped pair
 * of adjacent letters counts one (optimal string alignment). Search and the medication
 * screener both suggest "Did you mean" with it, so a typo is forgiven the same way
 * everywhere. Only a band of width {@code limit} is computed, so comparing a short typed
 * word with every stored name stays cheap.
 */
public final class EditDistance {

	private EditDistance() {
	}

	/**
	 * The distance between {@code a} and {@code b}, or {@code limit + 1} as soon as it
	 * must exceed the limit.
	 */
	public static int distance(String a, String b, int limit) {
		if (Math.abs(a.length() - b.length()) > limit) {
			return limit + 1;
		}
		int over = limit + 1;
		int[][] cost = new int[a.length() + 1][b.length() + 1];
		for (int[] row : cost) {
			Arrays.fill(row, over);
		}
		for (int j = 0; j <= Math.min(b.length(), limit); j++) {
			cost[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			if (i <= limit) {
				cost[i][0] = i;
			}
			int rowMin = cost[i][0];
			for (int j = Math.max(1, i - limit); j <= Math.min(b.length(), i + limit); j++) {
				int change = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				int best = Math.min(cost[i - 1][j - 1] + change, Math.min(cost[i - 1][j] + 1, cost[i][j - 1] + 1));
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					best = Math.min(best, cost[i - 2][j - 2] + 1);
				}
				cost[i][j] = Math.min(best, over);
				rowMin = Math.min(rowMin, cost[i][j]);
			}
			if (rowMin > limit) {
				return over;
			}
		}
		return cost[a.length()][b.length()];
	}

}
