package org.baclofen.reference.content;

/**
 * What kind of publication a source is; tells a reader how much weight it carries.
 */
public enum SourceKind {

	LABEL, NATIONAL_MONOGRAPH, MANUFACTURER, DRUG_DATABASE, PUBLISHED_STUDY, SYSTEMATIC_REVIEW, GUIDELINE, HANDBOOK,
	SECONDARY, STANDARD, REGULATOR

}
