package org.baclofen.reference.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.dosing.RenalBand;
import org.baclofen.reference.dosing.RenalBandForm;
import org.baclofen.reference.dosing.TitrationProtocol;
import org.baclofen.reference.dosing.TitrationProtocolForm;
import org.baclofen.reference.kind.ContentAdmin;
import org.baclofen.reference.kind.ContentAdmins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review screen's "what if" is computation over the published rule rows with the
 * draft's change in place: an edit, a deletion or rows the tools cannot use each give the
 * plans the tools would give, and the published rows stay as they are.
 */
@ReferenceAppTest
@Transactional
class PlanEffectsTest {

	private static final Signature EDITOR = new Signature(null, "editor1");

	@Autowired
	private PlanEffects effects;

	@Autowired
	private ContentAdmins admins;

	@Autowired
	private DraftForms forms;

	private ContentAdmin<TitrationProtocol, TitrationProtocolForm> protocols() {
		return this.admins.get("titration-protocols");
	}

	private TitrationProtocol oral() {
		return protocols().findAll()
			.stream()
			.filter((protocol) -> TitrationProtocol.ORAL_US_LABEL.equals(protocol.getCode()))
			.findFirst()
			.orElseThrow();
	}

	private Draft protocolEdit(TitrationProtocolForm form) {
		return Draft.toEdit("titration-protocols", oral().getId(), oral().getVersion(),
				this.forms.write(protocols(), form), EDITOR, Instant.now());
	}

	private static PlanEffects.Effect named(List<PlanEffects.Effect> effects, String start) {
		return effects.stream().filter((effect) -> effect.name().startsWith(start)).findFirst().orElseThrow();
	}

	@Test
	void eachReferencePlanIsComputedBeforeAndAfterAnEdit() {
		TitrationProtocolForm form = protocols().formOf(oral());
		form.setIntervalDays(7);
		List<PlanEffects.Effect> effects = this.effects.of(protocolEdit(form));
		assertThat(effects).extracting(PlanEffects.Effect::name)
			.containsExactly("Label plan to 80 mg/day", "Plan to 80 mg/day at a creatinine clearance of 25 mL/min",
					"Taper from 20 mg 4 times a day over the shortest taper allowed",
					"Intrathecal change from 400 to 480 mcg/day (Maintenance; Adults; Spinal origin)");
		PlanEffects.Effect label = named(effects, "Label plan");
		assertThat(label.before()).first().asString().endsWith("for 3 days");
		assertThat(label.after()).first().asString().endsWith("for 7 days");
		assertThat(named(effects, "Intrathecal").changed()).isFalse();
		assertThat(oral().getIntervalDays()).as("nothing written").isEqualTo(3);
	}

	@Test
	void deletingTheRenalBandAPlanFallsInChangesThatPlan() {
		ContentAdmin<RenalBand, RenalBandForm> bands = this.admins.get("renal-bands");
		RenalBand at25 = bands.findAll()
			.stream()
			.filter((band) -> !band.isDialysis() && band.contains(new BigDecimal("25")))
			.findFirst()
			.orElseThrow();
		Draft deletion = Draft.toDelete("renal-bands", at25.getId(), at25.getVersion(),
				this.forms.write(bands, bands.formOf(at25)), EDITOR, Instant.now());
		List<PlanEffects.Effect> effects = this.effects.of(deletion);
		assertThat(named(effects, "Plan to 80 mg/day at a creatinine clearance").changed()).isTrue();
		assertThat(named(effects, "Label plan").changed()).isFalse();
		assertThat(bands.findById(at25.getId())).as("nothing deleted").isPresent();
	}

	@Test
	void rowsTheToolsCannotUseSayWhyInsteadOfAPlan() {
		TitrationProtocolForm form = protocols().formOf(oral());
		form.setCode("ORAL_ELSEWHERE");
		List<PlanEffects.Effect> effects = this.effects.of(protocolEdit(form));
		assertThat(named(effects, "Label plan").after()).containsExactly(
				"The tools cannot use these numbers: The oral titration protocol is missing from the content");
		assertThat(named(effects, "Intrathecal").changed()).isFalse();
	}

	@Test
	void draftsOfOtherKindsHaveNoEffects() {
		Draft other = Draft.toCreate("indications", new StoredForm("{}", 1), EDITOR, Instant.now());
		assertThat(this.effects.of(other)).isEmpty();
	}

}
