package org.baclofen.reference.interaction;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.baclofen.reference.kind.ContentAdmin;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The levels of the interaction-severity scales. The levels of the app's own scale rank
 * the severities interactions are rated with, so a level that ranks a severity in use can
 * be neither removed nor recoded: those interactions would be left unranked.
 */
@Component
class SeverityLevelAdmin extends ContentAdmin<SeverityLevel, SeverityLevelForm> {

	private final SeverityLevelRepository levels;

	SeverityLevelAdmin(SeverityLevelRepository levels) {
		super("severity-levels", SeverityLevel.class, levels, SeverityLevelForm::new, SeverityLevelForm::of);
		this.levels = levels;
	}

	@Override
	public List<SeverityLevel> findAll() {
		return this.levels.findAllByOrderByScaleAscRankAsc();
	}

	@Override
	public Map<String, Object> formOptions() {
		return Map.of("appScale", SeverityLevel.APP_SCALE);
	}

	@Override
	public SeverityLevel create(SeverityLevelForm form, LocalDate reviewedOn) {
		SeverityLevel level = new SeverityLevel(form.getScale(), form.getCode(), form.getLabel(), form.getMeaning(),
				form.getRank(), reviewedOn);
		apply(form, level);
		return level;
	}

	@Override
	public void apply(SeverityLevelForm form, SeverityLevel level) {
		level.describe(form.getScale(), form.getCode(), form.getLabel(), form.getMeaning(), form.getRank());
	}

	@Override
	public void validate(SeverityLevelForm form, SeverityLevel existing, Errors errors) {
		if (form.getScale() == null || form.getCode() == null || errors.hasFieldErrors("scale")
				|| errors.hasFieldErrors("code")) {
			return;
		}
		String scale = form.getScale().strip();
		String code = form.getCode().strip();
		Optional<SeverityLevel> same = this.levels.findByScaleAndCode(scale, code);
		if (same.isPresent() && (existing == null || !same.get().getId().equals(existing.getId()))) {
			errors.rejectValue("code", "admin.severityLevel.taken");
		}
		if (SeverityLevel.APP_SCALE.equals(scale) && severity(code).isEmpty()) {
			errors.rejectValue("code", "admin.severityLevel.code.notASeverity", new Object[] { severityCodes() }, null);
		}
		if (existing != null && !(existing.getScale().equals(scale) && existing.getCode().equals(code))) {
			long inUse = interactionsRankedBy(existing);
			if (inUse > 0) {
				errors.rejectValue("code", "admin.severityLevel.recodeInUse",
						new Object[] { existing.getScale(), existing.getCode(), inUse }, null);
			}
		}
	}

	@Override
	public Optional<MessageSourceResolvable> deletionBlocker(SeverityLevel level) {
		long inUse = interactionsRankedBy(level);
		if (inUse == 0) {
			return Optional.empty();
		}
		return Optional.of(reason("admin.severityLevel.inUse", inUse, level.getCode(), level.getScale()));
	}

	/** How many interactions the level ranks: none unless it is on the app's scale. */
	private long interactionsRankedBy(SeverityLevel level) {
		if (!level.isAppScale()) {
			return 0;
		}
		return severity(level.getCode()).map(this.levels::countInteractionsWithSeverity).orElse(0L);
	}

	private static Optional<Severity> severity(String code) {
		return Arrays.stream(Severity.values()).filter((severity) -> severity.name().equals(code)).findFirst();
	}

	private static String severityCodes() {
		return Arrays.stream(Severity.values()).map(Severity::name).collect(Collectors.joining(", "));
	}

}
