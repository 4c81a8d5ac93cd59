package org.baclofen.reference.titration;

import java.util.List;

import org.baclofen.reference.dosing.IntrathecalMaintenanceRangeRepository;
import org.baclofen.reference.dosing.IntrathecalScreeningDose;
import org.baclofen.reference.dosing.IntrathecalScreeningDoseRepository;
import org.baclofen.reference.dosing.IntrathecalTitrationLimitRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks intrathecal dose changes with the limits and ranges as stored now, so an edit to
 * them changes the check at once. The page and the JSON API both go through here.
 */
@Service
public class IntrathecalCheckService {

	private final IntrathecalTitrationLimitRepository limits;

	private final IntrathecalMaintenanceRangeRepository ranges;

	private final IntrathecalScreeningDoseRepository screeningDoses;

	IntrathecalCheckService(IntrathecalTitrationLimitRepository limits, IntrathecalMaintenanceRangeRepository ranges,
			IntrathecalScreeningDoseRepository screeningDoses) {
		this.limits = limits;
		this.ranges = ranges;
		this.screeningDoses = screeningDoses;
	}

	@Transactional(readOnly = true)
	public IntrathecalChecker.IntrathecalCheck check(IntrathecalCheckRequest request) {
		return new IntrathecalChecker(this.limits.findAllByOrderBySortOrderAsc(),
				this.ranges.findAllByOrderBySortOrderAsc())
			.check(request.getOrigin(), request.getAgeGroup(), request.getPhase(), request.getCurrentMcgPerDay(),
					request.getProposedMcgPerDay());
	}

	/** The screening boluses, shown beside every check. */
	@Transactional(readOnly = true)
	public List<IntrathecalScreeningDose> screeningDoses() {
		return this.screeningDoses.findAllByOrderBySequenceAsc();
	}

}
