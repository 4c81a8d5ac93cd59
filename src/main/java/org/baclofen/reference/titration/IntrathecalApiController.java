package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import org.baclofen.reference.content.Source;
import org.baclofen.reference.dosing.IntrathecalTitrationLimit.Direction;
import org.baclofen.reference.system.JsonApi;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The intrathecal dose check as an API: the same check as the page, answered as JSON; it
 * stores nothing.
 */
@JsonApi("/api/intrathecal")
class IntrathecalApiController {

	private final IntrathecalCheckService intrathecal;

	IntrathecalApiController(IntrathecalCheckService intrathecal) {
		this.intrathecal = intrathecal;
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record LimitView(BigDecimal minChangePercent, BigDecimal maxChangePercent, String perInterval,
			List<String> sources) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record RangeView(String population, BigDecimal typicalMinMcgPerDay, BigDecimal typicalMaxMcgPerDay,
			BigDecimal observedMinMcgPerDay, BigDecimal observedMaxMcgPerDay, List<String> sources) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ScreeningDoseView(int sequence, BigDecimal doseMcg, BigDecimal volumeMl, BigDecimal concentrationMcgPerMl,
			String timing, String note) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record CheckResponse(BigDecimal changePercent, Direction direction, IntrathecalChecker.ChangeStatus changeStatus,
			boolean withinLimit, String changeMessage, LimitView limit, IntrathecalChecker.RangeStatus rangeStatus,
			boolean outsideRange, String rangeMessage, RangeView range, String limitedExperience,
			List<ScreeningDoseView> screeningDoses) {
	}

	// No "consumes" condition: a non-JSON body must reach the handler so it is answered
	// in the API error shape.
	@PostMapping("/check")
	CheckResponse check(@Valid @RequestBody IntrathecalCheckRequest request) {
		IntrathecalChecker.IntrathecalCheck check = this.intrathecal.check(request);
		LimitView limit = (check.limit() == null) ? null
				: new LimitView(check.limit().getMinChangePercent(), check.limit().getMaxChangePercent(),
						check.limit().getPerInterval(),
						check.limit().getSources().stream().map(Source::getCode).toList());
		RangeView range = (check.range() == null) ? null
				: new RangeView(check.range().getPopulation(), check.range().getTypicalMinMcgPerDay(),
						check.range().getTypicalMaxMcgPerDay(), check.range().getObservedMinMcgPerDay(),
						check.range().getObservedMaxMcgPerDay(),
						check.range().getSources().stream().map(Source::getCode).toList());
		return new CheckResponse(check.changePercent(), check.direction(), check.changeStatus(), check.withinLimit(),
				check.changeMessage(), limit, check.rangeStatus(), check.outsideRange(), check.rangeMessage(), range,
				check.limitedExperienceNote(),
				this.intrathecal.screeningDoses()
					.stream()
					.map((dose) -> new ScreeningDoseView(dose.getSequence(), dose.getDoseMcg(), dose.getVolumeMl(),
							dose.getConcentrationMcgPerMl(), dose.getTiming(), dose.getNote()))
					.toList());
	}

}
