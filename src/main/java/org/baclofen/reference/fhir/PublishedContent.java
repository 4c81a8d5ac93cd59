package org.baclofen.reference.fhir;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.baclofen.reference.adverse.AdverseEffect;
import org.baclofen.reference.audit.PublishedRevision;
import org.baclofen.reference.content.CitedContent;
import org.baclofen.reference.dosing.DosageForm;
import org.baclofen.reference.dosing.IntrathecalMaintenanceRange;
import org.baclofen.reference.dosing.IntrathecalScreeningDose;
import org.baclofen.reference.dosing.IntrathecalTitrationLimit;
import org.baclofen.reference.dosing.RenalBand;
import org.baclofen.reference.dosing.TitrationProtocol;
import org.baclofen.reference.indication.Indication;
import org.baclofen.reference.interaction.Interaction;
import org.baclofen.reference.interaction.SeverityLevel;
import org.baclofen.reference.overview.Drug;
import org.baclofen.reference.safety.SafetyItem;

/**
 * Everything the FHIR API publishes, read in one transaction, with the content revision
 * it was read at. The mappers turn it into resources without touching the database.
 */
public record PublishedContent(Revision revision, Drug drug, List<DosageForm> dosageForms,
		TitrationProtocol oralProtocol, List<RenalBand> renalBands, List<IntrathecalScreeningDose> screeningDoses,
		List<IntrathecalMaintenanceRange> maintenanceRanges, List<IntrathecalTitrationLimit> titrationLimits,
		List<Indication> indications, List<SafetyItem> safetyItems, List<Interaction> interactions,
		List<SeverityLevel> severityScale, List<AdverseEffect> adverseEffects) {

	/**
	 * What the MedicationKnowledge states itself: the drug, its forms and all its dosing.
	 */
	public List<CitedContent> dosing() {
		List<CitedContent> dosing = new ArrayList<>();
		dosing.add(this.drug);
		dosing.addAll(this.dosageForms);
		dosing.add(this.oralProtocol);
		dosing.addAll(this.renalBands);
		dosing.addAll(this.screeningDoses);
		dosing.addAll(this.maintenanceRanges);
		dosing.addAll(this.titrationLimits);
		return dosing;
	}

	/** Every published item. */
	public List<CitedContent> all() {
		List<CitedContent> all = dosing();
		all.addAll(this.indications);
		all.addAll(this.safetyItems);
		all.addAll(this.interactions);
		all.addAll(this.severityScale);
		all.addAll(this.adverseEffects);
		return all;
	}

	/**
	 * The audited revision the published content is at, as the page cache reads it: the
	 * count and newest number make the ETag (the count also moves when a lower-numbered
	 * revision commits last) and the newest revision's time the Last-Modified date, so
	 * both change exactly when an edit is saved.
	 */
	public record Revision(long count, long number, Instant changedAt) {

		static Revision of(PublishedRevision published) {
			return new Revision(published.count(), published.latestId(), published.latestAt());
		}

		/**
		 * The version every served resource carries as meta.versionId: the content moves
		 * as a whole, so one version names it.
		 */
		public String versionId() {
			return this.count + "-" + this.number;
		}

		/** FHIR's ETag: the weak tag of the version id. */
		public String etag() {
			return "W/\"" + versionId() + "\"";
		}

	}

}
