package org.baclofen.reference.search;

import java.util.List;

import org.baclofen.reference.guidance.GuidanceTopic;

/**
 * Every kind of content the app shows, with where its rows live and which page shows them. Search and the
 * sources page read all content through this one description, so a new content table is added here once.
 */
public enum ContentKind {

	DRUG("drug", "t.name", "cast(t.id as varchar)", List.of("t.summary", "t.mechanism")) {
		@Override
		String link(String ref) {
			return "/";
		}
	},
	INDICATION("indication", "t.name", "t.slug", List.of("t.summary", "t.details")) {
		@Override
		String link(String slug) {
			return "/indications/" + slug;
		}
	},
	TITRATION_PROTOCOL("titration_protocol", "t.name", "t.code", List.of("t.notes")) {
		@Override
		String link(String code) {
			return "/dosing/oral#titration";
		}
	},
	DOSAGE_FORM("dosage_form", "t.product", "t.route", List.of(coded("dosageForm.form.", "t.form"), "t.notes")) {
		@Override
		String link(String route) {
			return "INTRATHECAL".equals(route) ? "/dosing/intrathecal#strengths" : "/dosing/oral#forms";
		}
	},
	INTRATHECAL_SCREENING_DOSE("intrathecal_screening_dose",
			"'Screening dose ' || cast(t.sequence as varchar) || ': ' || cast(t.dose_mcg as varchar) || ' mcg'",
			"cast(t.id as varchar)", List.of("t.timing", "t.note")) {
		@Override
		String link(String id) {
			return "/dosing/intrathecal#screening";
		}
	},
	INTRATHECAL_TITRATION_LIMIT("intrathecal_titration_limit",
			"'Intrathecal dose change: ' || " + coded("intrathecal.phase.", "t.phase") + " || ', ' || "
					+ coded("origin.", "t.origin"),
			"cast(t.id as varchar)", List.of("t.per_interval", "t.note")) {
		@Override
		String link(String id) {
			return "/dosing/intrathecal#titration";
		}
	},
	INTRATHECAL_MAINTENANCE_RANGE("intrathecal_maintenance_range", "'Maintenance dose: ' || t.population",
			"cast(t.id as varchar)", List.of("t.note")) {
		@Override
		String link(String id) {
			return "/dosing/intrathecal#maintenance";
		}
	},
	/* The same wording as RenalBand#getRangeText, so a band reads alike in search and on its page. */
	RENAL_BAND("renal_band", "'Renal dose band: ' || case when t.dialysis then 'on dialysis'"
			+ " when t.crcl_min_ml_per_min is null or (t.crcl_min_ml_per_min = 0 and t.min_inclusive) then"
			+ " case when t.max_inclusive then 'CrCl up to ' else 'CrCl under ' end || "
			+ plainNumber("t.crcl_max_ml_per_min") + " || ' mL/min'"
			+ " else 'CrCl ' || case when t.min_inclusive then '' else 'above ' end || "
			+ plainNumber("t.crcl_min_ml_per_min") + " || case when t.crcl_max_ml_per_min is null then"
			+ " case when t.min_inclusive then ' or more' else '' end || ' mL/min'"
			+ " else ' to ' || case when t.max_inclusive then '' else 'under ' end || "
			+ plainNumber("t.crcl_max_ml_per_min") + " || ' mL/min' end end",
			"cast(t.id as varchar)", List.of("t.advice")) {
		@Override
		String link(String id) {
			return "/dosing/renal#bands";
		}
	},
	DISCONTINUATION("discontinuation_guidance", "t.title", "cast(t.id as varchar)", List.of("t.advice")) {
		@Override
		String link(String id) {
			return "/dosing/discontinuation#guidance";
		}
	},
	SAFETY_ITEM("safety_item", "t.condition_name", "cast(t.id as varchar)", List.of("t.advice")) {
		@Override
		String link(String id) {
			return "/safety#safety-" + id;
		}
	},
	INTERACTION("interaction", "t.interactant", "t.slug", List.of("t.effect", "t.management", "t.severity_note")) {
		@Override
		String link(String slug) {
			return "/interactions#" + slug;
		}
	},
	SEVERITY_LEVEL("severity_level", coded("interactions.scale.", "t.scale") + " || ': ' || t.label",
			"cast(t.id as varchar)", List.of("t.meaning")) {
		@Override
		String link(String id) {
			return "/interactions#severity-scale";
		}
	},
	ADVERSE_EFFECT("adverse_effect", "t.name", "cast(t.id as varchar)", List.of("t.body_system", "t.note")) {
		@Override
		String link(String id) {
			return "/adverse-effects#adverse-effect-" + id;
		}
	},
	GUIDANCE_NOTE("guidance_note", "t.title", "t.topic || '#note-' || cast(t.id as varchar)", List.of("t.body")) {
		@Override
		String link(String topicAndAnchor) {
			int hash = topicAndAnchor.indexOf('#');
			return GuidanceTopic.valueOf(topicAndAnchor.substring(0, hash)).page() + topicAndAnchor.substring(hash);
		}
	},
	CLAIM_CHECK("claim_check", "t.claim", "cast(t.id as varchar)",
			List.of(coded("claim.verdict.", "t.verdict"), "t.explanation")) {
		@Override
		String link(String id) {
			return "/claims#claim-" + id;
		}
	};

	private final String table;

	private final String titleSql;

	private final String refSql;

	/** SQL expressions (alias t) whose text is searched and shown in snippets. */
	private final List<String> textColumns;

	ContentKind(String table, String titleSql, String refSql, List<String> textColumns) {
		this.table = table;
		this.titleSql = titleSql;
		this.refSql = refSql;
		this.textColumns = textColumns;
	}

	/**
	 * An enum code stored in a column, as a token the catalogue replaces with the code's words from
	 * messages.properties, so search and the sources page never show codes such as PARTLY_SUPPORTED.
	 */
	static String coded(String messagePrefix, String column) {
		return "'" + CatalogueWording.TOKEN_START + messagePrefix + "' || " + column + " || '"
				+ CatalogueWording.TOKEN_END + "'";
	}

	/** A numeric(p, 1) column as people write it: 80, not 80.0; 2.5 stays 2.5. */
	static String plainNumber(String column) {
		return "trim(trailing '.' from trim(trailing '0' from cast(" + column + " as varchar)))";
	}

	/** The page (and fragment) that shows an item of this kind, given the item's reference column. */
	abstract String link(String ref);

	String table() {
		return this.table;
	}

	/** Selects kind, id, ref, title and searchable text of every row (expressions use the alias t). */
	String selectSql() {
		String text = this.textColumns.stream()
			.map((column) -> "coalesce(" + column + ", '')")
			.reduce((left, right) -> left + " || ' ' || " + right)
			.orElseThrow();
		return "select '" + name() + "' as kind, t.id as id, " + this.refSql + " as ref, "
				+ this.titleSql + " as title, " + text + " as body from " + this.table + " t";
	}

	/** Selects the source id and the citing item's kind, id, ref and title of every citation. */
	String citationSql() {
		return "select c.source_id as source_id, '" + name() + "' as kind, t.id as id, " + this.refSql
				+ " as ref, " + this.titleSql + " as title from " + this.table + "_source c join "
				+ this.table + " t on t.id = c." + this.table + "_id";
	}

}
