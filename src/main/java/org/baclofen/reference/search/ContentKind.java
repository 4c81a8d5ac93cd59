package org.baclofen.reference.search;

import java.util.List;

import org.baclofen.reference.adverse.AdverseEffect;
import org.baclofen.reference.content.CitedContent;
import org.baclofen.reference.dosing.DiscontinuationGuidance;
import org.baclofen.reference.dosing.DosageForm;
import org.baclofen.reference.dosing.IntrathecalMaintenanceRange;
import org.baclofen.reference.dosing.IntrathecalScreeningDose;
import org.baclofen.reference.dosing.IntrathecalTitrationLimit;
import org.baclofen.reference.dosing.OralAgeRule;
import org.baclofen.reference.dosing.RenalBand;
import org.baclofen.reference.dosing.TitrationProtocol;
import org.baclofen.reference.dosing.WeightStartDose;
import org.baclofen.reference.guidance.GuidanceNote;
import org.baclofen.reference.indication.Indication;
import org.baclofen.reference.interaction.Interaction;
import org.baclofen.reference.interaction.SeverityLevel;
import org.baclofen.reference.overview.ClaimCheck;
import org.baclofen.reference.overview.Drug;
import org.baclofen.reference.safety.SafetyItem;

/**
 * Every kind of cited content, with the table its rows live in and the columns search
 * reads. An item's title and link are not described here: the catalogue loads each row's
 * entity, whose {@code displayTitle()} and {@code publicLink()} are the one description
 * admin, search, the sources page and the change logs all show.
 */
public enum ContentKind {

	DRUG(Drug.class, "drug", List.of("t.summary", "t.mechanism")),
	INDICATION(Indication.class, "indication", List.of("t.summary", "t.details")),
	TITRATION_PROTOCOL(TitrationProtocol.class, "titration_protocol", List.of("t.notes")),
	DOSAGE_FORM(DosageForm.class, "dosage_form", List.of(coded("dosageForm.form.", "t.form"), "t.notes")),
	INTRATHECAL_SCREENING_DOSE(IntrathecalScreeningDose.class, "intrathecal_screening_dose",
			List.of("t.timing", "t.note")),
	INTRATHECAL_TITRATION_LIMIT(IntrathecalTitrationLimit.class, "intrathecal_titration_limit",
			List.of("t.per_interval", "t.note")),
	INTRATHECAL_MAINTENANCE_RANGE(IntrathecalMaintenanceRange.class, "intrathecal_maintenance_range",
			List.of("t.note")),
	RENAL_BAND(RenalBand.class, "renal_band", List.of("t.advice", "t.summary")),
	ORAL_AGE_RULE(OralAgeRule.class, "oral_age_rule", List.of("t.advice")),
	WEIGHT_START_DOSE(WeightStartDose.class, "weight_start_dose",
			List.of("'Starting dose of a weight-based oral schedule for children'")),
	DISCONTINUATION(DiscontinuationGuidance.class, "discontinuation_guidance", List.of("t.advice")),
	SAFETY_ITEM(SafetyItem.class, "safety_item", List.of("t.advice")),
	INTERACTION(Interaction.class, "interaction", List.of("t.effect", "t.management", "t.severity_note")),
	SEVERITY_LEVEL(SeverityLevel.class, "severity_level", List.of("t.meaning")),
	ADVERSE_EFFECT(AdverseEffect.class, "adverse_effect", List.of("t.body_system", "t.patient_wording", "t.note")),
	GUIDANCE_NOTE(GuidanceNote.class, "guidance_note", List.of("t.body")), CLAIM_CHECK(ClaimCheck.class, "claim_check",
			List.of(coded("claim.verdict.", "t.verdict"), "t.finding", "t.explanation"));

	private final Class<? extends CitedContent> entityType;

	private final String table;

	/** SQL expressions (alias t) whose text is searched and shown in snippets. */
	private final List<String> textColumns;

	ContentKind(Class<? extends CitedContent> entityType, String table, List<String> textColumns) {
		this.entityType = entityType;
		this.table = table;
		this.textColumns = textColumns;
	}

	/**
	 * An enum code stored in a column, as a token the catalogue replaces with the code's
	 * words from messages.properties, so search and the sources page never show codes
	 * such as PARTLY_SUPPORTED.
	 */
	static String coded(String messagePrefix, String column) {
		return "'" + CatalogueWording.TOKEN_START + messagePrefix + "' || " + column + " || '"
				+ CatalogueWording.TOKEN_END + "'";
	}

	/**
	 * The entity whose rows this kind lists; its own description gives each row's title
	 * and link.
	 */
	public Class<? extends CitedContent> entityType() {
		return this.entityType;
	}

	String table() {
		return this.table;
	}

	/** The SQL alias under which a catalogue query joins this kind's entity rows. */
	String alias() {
		return "k_" + this.table;
	}

	/**
	 * Selects kind, id and searchable text of every row (expressions use the alias t).
	 */
	String selectSql() {
		String text = this.textColumns.stream()
			.map((column) -> "coalesce(" + column + ", '')")
			.reduce((left, right) -> left + " || ' ' || " + right)
			.orElseThrow();
		return "select '" + name() + "' as kind, t.id as id, " + text + " as body from " + this.table + " t";
	}

	/** Selects the source id and the citing item's kind and id of every citation. */
	String citationSql() {
		return "select c.source_id as source_id, '" + name() + "' as kind, c." + this.table + "_id as id from "
				+ this.table + "_source c";
	}

	/**
	 * Joins this kind's entity row to the rows of a catalogue query aliased u, where u is
	 * of this kind.
	 */
	String entityJoinSql() {
		return " left join " + this.table + " " + alias() + " on u.kind = '" + name() + "' and " + alias()
				+ ".id = u.id";
	}

}
