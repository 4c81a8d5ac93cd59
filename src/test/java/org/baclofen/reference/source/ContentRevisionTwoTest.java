package org.baclofen.reference.source;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The content as migration V8 leaves it (fact sheet revision 2), on a database migrated
 * from scratch, so no other test's edits can hide a lost citation or a dropped fact.
 */
class ContentRevisionTwoTest {

	/**
	 * Where the facts of each retired key went, as the fact sheet's changelog lists them.
	 */
	private static final Map<String, List<String>> SURVIVORS = Map.ofEntries(entry("S2x", List.of("S2")),
			entry("S5b", List.of("S5")), entry("S5c", List.of("S5")), entry("S6b", List.of("S6")),
			entry("S7b", List.of("S7")), entry("S10", List.of("S9")), entry("S11", List.of("S9")),
			entry("S16", List.of("S62")), entry("S17", List.of("S62")), entry("S18", List.of("S4", "S5", "S6", "S62")),
			entry("S45", List.of("S9", "S62")), entry("S46", List.of("S62", "S63")), entry("S49", List.of("S4")),
			entry("S56", List.of("S20")));

	/**
	 * Every content table with a *_source join table (its key column is the table name
	 * plus _id).
	 */
	private static final List<String> CITING_TABLES = List.of("drug", "dosage_form", "indication", "titration_protocol",
			"intrathecal_screening_dose", "intrathecal_titration_limit", "intrathecal_maintenance_range", "renal_band",
			"discontinuation_guidance", "safety_item", "severity_level", "interaction", "adverse_effect",
			"guidance_note", "claim_check");

	/**
	 * Hosts of the copies the earlier revision cited; revision 2 cites their publishers
	 * instead.
	 */
	private static final List<String> COPY_HOSTS = List.of("medlibrary.org", "druginserts.com", "epgonline.org",
			"drugs.com/dosage/lyvispah", "aapmr.org", "api.fda.gov", "accessdata.fda.gov", "cancertherapyadvisor.com",
			"pharmacytimes.com", "echopulsenews.com", "druginteractionchecker.com", "pharmacy-near-me.com",
			"globalrph.com", "drugline.org", "skyscape.com", "mimsdev.com", "prdmimsweb", "oddb.org", "litmetric.com",
			"genelabs.com", "medilib.ir", "anikamd.com", "themeditary.com", "ucsb.edu", "stefenauris.com",
			"researchgate.net", "researcher.life", "stanfordhealthcare.org", "scilit.com", "nogbspam.com",
			"slideshare.net", "pdfslide.net", "doczz.net", "brainscape.com", "multiple-sclerosis-research.org",
			"medpath.com", "medthority.com", "ivademecum.com", "neurosurgerywiki.com", "radiologyweb.org",
			"wholehealthmd.com", "vibore.com", "medicinanet.com.br", "github.com");

	private static JdbcClient jdbc;

	@BeforeAll
	static void migrateAFreshDatabase() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:revision2;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
				"sa", "");
		// Stop at V8: later migrations (V9 re-cites the titration content against the
		// sheet) must not change
		// what this test says about V8.
		Flyway.configure().dataSource(dataSource).target("8").load().migrate();
		jdbc = JdbcClient.create(dataSource);
	}

	private static List<String> codes(String sql) {
		return jdbc.sql(sql).query(String.class).list();
	}

	@Test
	void theRetiredKeysAreGoneAndTheSheetsSixtyKeysAndTheSeedKeyRemain() {
		List<String> codes = codes("select code from source");
		assertThat(codes).doesNotContainAnyElementsOf(SURVIVORS.keySet());
		// The sheet's keys run to S68; later migrations may add sources of their own
		// (V13's S90).
		assertThat(codes)
			.filteredOn((code) -> code.matches("S\\d+[a-z]?") && Integer.parseInt(code.replaceAll("\\D", "")) <= 68)
			.hasSize(60);
		assertThat(codes).contains("S60", "S61", "S62", "S63", "S64", "S65", "S66", "S67", "S68", "SEEDS");
		assertThat(codes("select title from source where code = 'S60'")).singleElement()
			.asString()
			.startsWith("FDA Drug Safety Communication");
		assertThat(codes("select title from source where code = 'SEEDS'")).singleElement()
			.asString()
			.contains("seed articles");
	}

	/**
	 * Each item that cited a retired key at the first revision now cites a key the
	 * changelog gives its facts to.
	 */
	@Test
	void everyCitationOfARetiredKeyMovedToAKeyThatCarriesItsFact() {
		List<String> lost = new ArrayList<>();
		int moved = 0;
		for (String table : CITING_TABLES) {
			String key = table + "_id";
			List<Map<String, Object>> retiredCitations = jdbc
				.sql("select a." + key + " as item, s.code as retired from " + table
						+ "_source_aud a join source_aud s on s.id = a.source_id and s.rev = 1 where a.rev = 1")
				.query()
				.listOfRows()
				.stream()
				.filter((row) -> SURVIVORS.containsKey(row.get("retired")))
				.toList();
			for (Map<String, Object> citation : retiredCitations) {
				List<String> now = jdbc
					.sql("select s.code from " + table + "_source j join source s on s.id = j.source_id where j." + key
							+ " = ?")
					.param(citation.get("item"))
					.query(String.class)
					.list();
				if (now.stream().noneMatch(SURVIVORS.get(citation.get("retired"))::contains)) {
					lost.add(table + " " + citation.get("item") + " " + citation.get("retired") + " -> " + now);
				}
				moved++;
			}
		}
		assertThat(moved).as("citations of retired keys at the first revision").isGreaterThan(100);
		assertThat(lost).as("citations whose fact no longer cites a surviving key").isEmpty();
	}

	@Test
	void everyItemStillCitesAtLeastOneSource() {
		for (String table : CITING_TABLES) {
			assertThat(codes("select cast(t.id as varchar) from " + table + " t where not exists (select 1 from "
					+ table + "_source j where j." + table + "_id = t.id)"))
				.as("uncited rows of %s", table)
				.isEmpty();
		}
	}

	@Test
	void everyAddressIsItsPublishersNeverACopy() {
		List<String> addresses = codes("select url from source_address");
		assertThat(addresses).isNotEmpty().allSatisfy((url) -> {
			assertThat(URI.create(url).getScheme()).isIn("http", "https");
			assertThat(COPY_HOSTS).noneMatch(url::contains);
		});
		assertThat(codes("select code from source s where code <> 'SEEDS' and not exists"
				+ " (select 1 from source_address a where a.source_id = s.id)"))
			.as("sources without an address")
			.isEmpty();
		assertThat(codes("select url from source_address a join source s on s.id = a.source_id where s.code = 'S2'"))
			.containsExactly(
					"https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=92153f69-bc9b-4bef-9a8e-751effde5c7e");
		assertThat(codes("select read_via from source where code = 'S2'"))
			.containsExactly("MedLibrary; DrugInserts; FDA SPL XML");
	}

	@Test
	void everyInteractionCarriesThisReferencesOwnRating() {
		assertThat(codes("select slug from interaction where severity not in ('MAJOR', 'MODERATE')")).isEmpty();
		assertThat(codes("select slug from interaction where severity = 'MAJOR'")).containsExactlyInAnyOrder("opioids",
				"alcohol", "benzodiazepines", "other-cns-depressants", "tizanidine-pharmacokinetics");
		assertThat(codes("select label from severity_level where scale = 'REFERENCE' order by rank"))
			.containsExactly("Major", "Moderate", "Not rated", "Minor");
		assertThat(codes("select meaning from severity_level where scale = 'REFERENCE' and code = 'MAJOR'"))
			.singleElement()
			.asString()
			.contains("boxed warning");
	}

	@Test
	void theDrugCodesCiteTheirTerminologySources() {
		assertThat(codes("select s.code from drug d join source s on s.id = d.rxnorm_source_id"))
			.containsExactly("S65");
		assertThat(codes("select s.code from drug d join source s on s.id = d.atc_source_id")).containsExactly("S66");
		assertThat(codes("select s.code from drug d join source s on s.id = d.snomed_ct_source_id"))
			.containsExactly("S67");
		assertThat(codes("select s.code from drug_source j join source s on s.id = j.source_id")).contains("S65", "S66",
				"S67");
	}

	@Test
	void droppedFactsAreGoneAndChangedFactsChanged() {
		String text = String.join("\n", codes("select notes from dosage_form union all select advice from safety_item"
				+ " union all select details from indication union all select body from guidance_note"
				+ " union all select advice from discontinuation_guidance union all select explanation from claim_check"
				+ " union all select note from intrathecal_maintenance_range"));
		assertThat(text).doesNotContain("category C", "with milk", "ACG 2022", "fourth entry", "4% of women",
				"pump removal", "nearest source");
		assertThat(codes("select cast(observed_min_mcg_per_day as integer) || '-' || "
				+ "cast(observed_max_mcg_per_day as integer)"
				+ " from intrathecal_maintenance_range where population = 'Spasticity of cerebral origin'"))
			.containsExactly("22-1400");
		assertThat(codes("select advice from safety_item where condition_name = 'Epilepsy'")).singleElement()
			.asString()
			.contains("EEG");
		assertThat(codes("select details from indication where slug = 'trigeminal-neuralgia'")).singleElement()
			.asString()
			.contains("Level C");
		assertThat(codes("select notes from dosage_form where product like 'Lyvispah%'"))
			.allSatisfy((notes) -> assertThat(notes).contains("uncertain"));
	}

	/**
	 * One revision by "migration" records the re-sync, like V7's corrections, so the
	 * history pages show it.
	 */
	@Test
	void theResyncIsOneAuditedRevision() {
		// Found by its timestamp: later migrations (V9, V10) record revisions of their
		// own.
		long revision = jdbc.sql("select id from audit_revision where timestamp = 1796115600000")
			.query(Long.class)
			.single();
		assertThat(codes("select username from audit_revision where id = " + revision)).containsExactly("migration");
		assertThat(jdbc.sql("select count(*) from interaction_aud where rev = ?")
			.param(revision)
			.query(Long.class)
			.single()).isEqualTo(15);
		assertThat(
				codes("select cast(count(*) as varchar) from source_aud where rev = " + revision + " and revtype = 2"))
			.containsExactly("14");
		assertThat(codes("select cast(count(*) as varchar) from interaction where last_reviewed <> date '2026-12-01'"))
			.containsExactly("0");
	}

}
