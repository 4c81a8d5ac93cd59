package org.baclofen.reference;

import java.util.List;

/**
 * Every public route with a phrase its content must show. Page, database, browser and
 * query-count tests all walk this one list, so a new page is covered everywhere by adding
 * it here.
 */
public record PublicPage(String path, String expectedText) {

	public static final List<PublicPage> ALL = List.of(new PublicPage("/", "Dosing at a glance"),
			new PublicPage("/pharmacology", "387342009"),
			new PublicPage("/claims", "Claims checked against the sources"),
			new PublicPage("/indications", "Fibromyalgia"),
			new PublicPage("/indications/fibromyalgia", "No supporting evidence found"),
			new PublicPage("/indications/multiple-sclerosis-spasticity", "Labeled (US)"),
			new PublicPage("/dosing/oral", "80 mg/day"), new PublicPage("/dosing/intrathecal", "Screening trial"),
			new PublicPage("/dosing/renal", "Vlavonou"), new PublicPage("/dosing/discontinuation", "7–14 days"),
			new PublicPage("/safety", "Hypersensitivity"), new PublicPage("/interactions", "Opioids"),
			new PublicPage("/adverse-effects", "10–63%"), new PublicPage("/sources", "Vlavonou"),
			new PublicPage("/titration/plan", "Baclofen dose schedule"),
			new PublicPage("/titration/plan?start=2026-12-01&targetDailyMg=80", "Building up to 80 mg a day"),
			new PublicPage("/titration/taper?start=2026-12-01&currentDoseMg=20&timesPerDay=3",
					"Baclofen taper schedule"),
			new PublicPage("/titration/check", "Check a proposed plan"), new PublicPage("/changes", "What changed"),
			new PublicPage("/check", "Conditions that apply to the patient"),
			new PublicPage("/search?q=intrathecal", "results for"),
			new PublicPage("/search?q=zzzzqx", "No results for"));

	@Override
	public String toString() {
		return this.path;
	}

}
