package org.baclofen.reference.titration;

import java.util.List;

/**
 * A plan's overall verdict: the worst severity among its findings.
 */
public enum Verdict {

	OK, CAUTION, ALERT;

	public static Verdict of(List<Finding> findings) {
		Verdict worst = OK;
		for (Finding finding : findings) {
			Verdict verdict = valueOf(finding.severity().name());
			if (verdict.compareTo(worst) > 0) {
				worst = verdict;
			}
		}
		return worst;
	}

}
