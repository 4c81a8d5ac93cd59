package org.baclofen.reference.dosing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.baclofen.reference.content.Route;
import org.baclofen.reference.kind.ContentAdmin;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

@Component
class TitrationProtocolAdmin extends ContentAdmin<TitrationProtocol, TitrationProtocolForm> {

	private static final int MAX_NOTE = 500;

	private final TitrationProtocolRepository protocols;

	TitrationProtocolAdmin(TitrationProtocolRepository protocols) {
		super("titration-protocols", TitrationProtocol.class, protocols, TitrationProtocolForm::new,
				TitrationProtocolForm::of);
		this.protocols = protocols;
	}

	@Override
	public List<TitrationProtocol> findAll() {
		return this.protocols.findAllByOrderByNameAsc();
	}

	@Override
	public Map<String, Object> formOptions() {
		return Map.of("routes", List.of(Route.ORAL, Route.INTRATHECAL));
	}

	@Override
	public TitrationProtocol create(TitrationProtocolForm form, LocalDate reviewedOn) {
		TitrationProtocol protocol = new TitrationProtocol(form.getCode(), form.getName(), form.getRoute(),
				form.getStartDoseMg(), form.getAdministrationsPerDay(), form.getIncrementMg(), form.getIntervalDays(),
				form.getMaxDailyMg(), form.getMaxAdministrationsPerDay(), form.getUsualMinDailyMg(),
				form.getUsualMaxDailyMg(), reviewedOn);
		apply(form, protocol);
		return protocol;
	}

	@Override
	public void apply(TitrationProtocolForm form, TitrationProtocol protocol) {
		protocol.describe(form.getName(), form.getRoute(), form.getStartDoseMg(), form.getAdministrationsPerDay(),
				form.getIncrementMg(), form.getIntervalDays(), form.getMaxDailyMg(), form.getMaxAdministrationsPerDay(),
				form.getUsualMinDailyMg(), form.getUsualMaxDailyMg(), form.getNotes());
		protocol.replaceSteps(form.stepLines().stream().map(TitrationProtocolForm.StepLine::toStep).toList());
	}

	@Override
	public void validate(TitrationProtocolForm form, TitrationProtocol existing, Errors errors) {
		if (existing == null && form.getCode() != null && this.protocols.existsByCode(form.getCode())) {
			errors.rejectValue("code", "admin.protocol.code.taken", "This code is already used by another item");
		}
		if (existing != null && !existing.getCode().equals(form.getCode())) {
			errors.rejectValue("code", "admin.protocol.code.fixed", "The code cannot change after the item is created");
		}
		validateLimits(form, errors);
		validateSteps(form, errors);
	}

	private static void validateLimits(TitrationProtocolForm form, Errors errors) {
		BigDecimal max = form.getMaxDailyMg();
		if (form.getUsualMinDailyMg() != null && form.getUsualMaxDailyMg() != null
				&& form.getUsualMinDailyMg().compareTo(form.getUsualMaxDailyMg()) > 0) {
			errors.rejectValue("usualMinDailyMg", "admin.number.minAboveMax", "The lower value is above the upper one");
		}
		if (form.getUsualMaxDailyMg() != null && max != null && form.getUsualMaxDailyMg().compareTo(max) > 0) {
			errors.rejectValue("usualMaxDailyMg", "admin.protocol.usualAboveMax",
					"The usual daily dose cannot be above the maximum daily dose");
		}
		if (form.getAdministrationsPerDay() != null && form.getMaxAdministrationsPerDay() != null
				&& form.getAdministrationsPerDay() > form.getMaxAdministrationsPerDay()) {
			errors.rejectValue("administrationsPerDay", "admin.protocol.administrationsAboveMax",
					"The usual number of administrations cannot be above the maximum number");
		}
		if (form.getStartDoseMg() != null && form.getAdministrationsPerDay() != null && max != null
				&& form.getStartDoseMg()
					.multiply(BigDecimal.valueOf(form.getAdministrationsPerDay()))
					.compareTo(max) > 0) {
			errors.rejectValue("startDoseMg", "admin.protocol.startAboveMax",
					"The starting daily dose cannot be above the maximum daily dose");
		}
	}

	/**
	 * Reports the first line of the schedule that is wrong, naming it; a schedule error
	 * leaves the limits alone.
	 */
	private static void validateSteps(TitrationProtocolForm form, Errors errors) {
		if (errors.hasFieldErrors("steps")) {
			return;
		}
		TitrationProtocolForm.BadLine bad = form.badLine();
		if (bad != null) {
			errors.rejectValue("steps", "admin.protocol.steps.unreadable", new Object[] { bad.line(), bad.text() },
					"Line " + bad.line() + " is not a step");
			return;
		}
		TitrationProtocolForm.StepLine previous = null;
		for (TitrationProtocolForm.StepLine step : form.stepLines()) {
			String problem = problem(step, previous, form);
			if (problem != null) {
				errors.rejectValue("steps", "admin.protocol.steps." + problem,
						new Object[] { step.line(), step.text() }, "Line " + step.line() + " is not a valid step");
				return;
			}
			previous = step;
		}
	}

	private static String problem(TitrationProtocolForm.StepLine step, TitrationProtocolForm.StepLine previous,
			TitrationProtocolForm form) {
		if (step.firstDay() < 1 || (step.lastDay() != null && step.lastDay() < step.firstDay())) {
			return "days";
		}
		if (step.doseMg().signum() <= 0 || step.timesPerDay() < 1) {
			return "dose";
		}
		if (step.note() != null && step.note().length() > MAX_NOTE) {
			return "note";
		}
		if (previous != null && (previous.lastDay() == null || step.firstDay() <= previous.lastDay())) {
			return "order";
		}
		if (form.getMaxDailyMg() != null && step.dailyMg().compareTo(form.getMaxDailyMg()) > 0) {
			return "aboveMax";
		}
		if (form.getMaxAdministrationsPerDay() != null && step.timesPerDay() > form.getMaxAdministrationsPerDay()) {
			return "tooOften";
		}
		return null;
	}

	/**
	 * The titration rules read this protocol on every check: without it the planner and
	 * checker stop.
	 */
	@Override
	public Optional<MessageSourceResolvable> deletionBlocker(TitrationProtocol protocol) {
		if (TitrationProtocol.ORAL_US_LABEL.equals(protocol.getCode())) {
			return Optional.of(reason("admin.titrationProtocol.inUse", TitrationProtocol.ORAL_US_LABEL));
		}
		return Optional.empty();
	}

}
