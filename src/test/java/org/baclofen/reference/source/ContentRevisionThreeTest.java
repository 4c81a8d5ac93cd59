package org.baclofen.reference.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The content as migration V20 leaves it (fact sheet revision 3), on a database migrated
 * from scratch to V20, so no other test's edits and no later migration can hide what the
 * revision changed.
 */
class ContentRevisionThreeTest {

	/**
	 * Every content table with a *_source join table (its key column is the table name
	 * plus _id).
	 */
	private static final List<String> CITING_TABLES = List.of("drug", "dosage_form", "indication", "titration_protocol",
			"intrathecal_screening_dose", "intrathecal_titration_limit", "intrathecal_maintenance_range", "renal_band",
			"discontinuation_guidance", "safety_item", "severity_level", "interaction", "adverse_effect",
			"guidance_note", "claim_check", "oral_age_rule", "weight_start_dose", "kidney_function_code");

	private static JdbcClient jdbc;

	@BeforeAll
	static void migrateAFreshDatabase() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:revision3;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH",
				"sa", "");
		Flyway.configure().dataSource(dataSource).target("20").load().migrate();
		jdbc = JdbcClient.create(dataSource);
	}

	private static List<String> texts(String sql) {
		return jdbc.sql(sql).query(String.class).list();
	}

	private static long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void theNewSourcesHaveTheirKeysAndPublishersAndTheSeedArticlesAreNoSource() {
		assertThat(texts("select code from source")).contains("S69", "S70", "S71")
			.doesNotContain("SEEDS", "S90")
			.allSatisfy((code) -> assertThat(code).matches("S\\d{1,4}[a-z]?"));
		assertThat(texts("select a.url from source_address a join source s on s.id = a.source_id where s.code = 'S69'"))
			.containsExactly("https://kdigo.org/guidelines/ckd-evaluation-and-management/");
		assertThat(texts("select a.url from source_address a join source s on s.id = a.source_id where s.code = 'S71'"))
			.containsExactly("https://doi.org/10.1176/appi.psy.46.6.503");
		// LOINC kept its row under its new key, so the kidney-function codes still cite
		// it.
		assertThat(count("select count(*) from kidney_function_code_source j join source s on s.id = j.source_id "
				+ "where s.code = 'S70'"))
			.isPositive();
	}

	@Test
	void everyItemStillCitesASourceAfterTheSeedArticlesWent() {
		for (String table : CITING_TABLES) {
			assertThat(count("select count(*) from " + table + " t where not exists (select 1 from " + table
					+ "_source j where j." + table + "_id = t.id)"))
				.as("%s rows citing nothing", table)
				.isZero();
		}
		assertThat(texts("select explanation from claim_check"))
			.noneMatch((text) -> text.toLowerCase().contains("seed"));
	}

	@Test
	void kidneyFailureBelowFifteenTakesTheDialysisRow() {
		assertThat(texts("select crcl_min_ml_per_min || ' ' || min_inclusive || ' ' || crcl_max_ml_per_min || ' ' "
				+ "|| max_inclusive from renal_band where dialysis = true"))
			.singleElement()
			.asString()
			.matches("0(\\.0)? (TRUE|true) 15(\\.0)? (FALSE|false)");
		assertThat(texts(
				"select crcl_min_ml_per_min || ' ' || min_inclusive from renal_band where crcl_max_ml_per_min = 30"))
			.singleElement()
			.asString()
			.matches("15(\\.0)? (TRUE|true)");
		assertThat(texts("select s.code from renal_band_source j join source s on s.id = j.source_id join renal_band b "
				+ "on b.id = j.renal_band_id where b.dialysis = true"))
			.containsExactlyInAnyOrder("S20", "S47", "S64", "S69");
		assertThat(texts("select summary from renal_band where dialysis = true")).singleElement()
			.asString()
			.contains("only if the benefit outweighs the risk");
	}

	@Test
	void theTaperStepRuleAndTheAgeRulesAreStoredWithSources() {
		assertThat(texts("select taper_step_max_fraction || ' ' || taper_step_floor_mg || ' ' || taper_step_min_days "
				+ "from discontinuation_guidance where rule_basis = true"))
			.singleElement()
			.asString()
			.matches("0\\.250? 5(\\.00)? 3");
		assertThat(
				texts("select min_age_years || '-' || coalesce(cast(max_age_years as varchar), '') || ' ' || schedule "
						+ "|| ' ' || coalesce(cast(max_daily_mg as varchar), '') "
						+ "from oral_age_rule order by min_age_years"))
			.containsExactly("0-2 NONE ", "2-8 WEIGHT_BASED 60.00", "8-12 WEIGHT_BASED 80.00", "12- US_LABEL ");
		assertThat(texts("select cast(start_dose_mg as varchar) from weight_start_dose order by start_dose_mg"))
			.containsExactly("2.50", "5.00", "10.00");
		assertThat(count("select count(*) from weight_start_dose_source j join source s on s.id = j.source_id "
				+ "where s.code = 'S19'"))
			.isEqualTo(3);
		assertThat(count("select count(*) from guidance_note where topic = 'ABRUPT_STOP'")).isEqualTo(2);
	}

	@Test
	void theCommonAdverseEffectsHavePatientWording() {
		assertThat(texts("select patient_wording from adverse_effect where route = 'ORAL' and frequency_max_percent "
				+ "is not null order by sort_order"))
			.containsExactly("feeling sleepy", "feeling dizzy or light-headed", "muscle weakness",
					"feeling sick to your stomach", "feeling confused",
					"low blood pressure (feeling faint, especially when you stand up)", "headache", "trouble sleeping",
					"constipation (hard or infrequent stools)", "needing to pass urine more often", "feeling tired");
	}

	@Test
	void theWordingIsFixed() {
		for (String sql : List.of("select notes from titration_protocol", "select body from guidance_note",
				"select note from adverse_effect where note is not null", "select explanation from claim_check")) {
			assertThat(texts(sql)).as(sql)
				.noneMatch((text) -> text.contains("food or milk"))
				.noneMatch((text) -> text.contains("were not read"));
		}
		assertThat(texts("select product from dosage_form where form = 'TABLET' and amount = 15")).singleElement()
			.asString()
			.contains("Zydus");
	}

	@Test
	void theRevisionIsOneAuditedRevisionByTheMigration() {
		Long revision = jdbc.sql("select max(id) from audit_revision where username = 'migration'")
			.query(Long.class)
			.single();
		assertThat(texts("select entity_name from audit_revision_entity where revision_id = " + revision)).contains(
				"org.baclofen.reference.dosing.RenalBand", "org.baclofen.reference.dosing.OralAgeRule",
				"org.baclofen.reference.adverse.AdverseEffect", "org.baclofen.reference.content.Source");
		assertThat(count("select count(*) from renal_band_aud where rev = " + revision)).isEqualTo(2);
		assertThat(count("select count(*) from oral_age_rule_aud where rev = " + revision)).isEqualTo(4);
		assertThat(count("select count(*) from source_aud where rev = " + revision + " and revtype = 2")).isEqualTo(1);
	}

}
