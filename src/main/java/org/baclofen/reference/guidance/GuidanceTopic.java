package org.baclofen.reference.guidance;

/**
 * The page section a piece of narrative guidance belongs to.
 */
public enum GuidanceTopic {

	OVERVIEW("/pharmacology"), PHARMACOKINETICS("/pharmacology"), INDICATIONS("/indications"),
	ORAL_DOSING("/dosing/oral"), ORAL_LIQUIDS("/dosing/oral"), PEDIATRIC("/dosing/oral"), HEPATIC("/dosing/oral"),
	ELDERLY("/dosing/oral"), RENAL("/dosing/renal"), INTRATHECAL_SCREENING("/dosing/intrathecal"),
	INTRATHECAL_TITRATION("/dosing/intrathecal"), INTRATHECAL_MAINTENANCE("/dosing/intrathecal"),
	ABRUPT_STOP("/dosing/discontinuation"), DISCONTINUATION("/dosing/discontinuation"), SAFETY("/safety"),
	INTERACTIONS("/interactions"), ADVERSE_EFFECTS("/adverse-effects");

	private final String page;

	GuidanceTopic(String page) {
		this.page = page;
	}

	/** The path of the page that shows notes on this topic. */
	public String page() {
		return this.page;
	}

}
