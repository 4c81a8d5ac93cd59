package org.baclofen.reference.titration;

import java.util.List;

/**
 * A plan's overall verdict: the worst severity among its findings; information findings
 * leave a plan OK.
 */
public enum Verdict {

	OK, CAUTION, ALERT;

	public static Verdict of(List<Finding> findings) {
		Verdict worst = OK;
		for (Finding finding : findings) {
			Verdict verdict = switch (finding.severity()) {
				case INFO -> OK;
				case CAUTION -> CAUTION;
				case ALERT -> ALERT;
			};
			if (verdict.compareTo(worst) > 0) {
				worst = verdict;
			}
		}
		return worst;
	}

}
