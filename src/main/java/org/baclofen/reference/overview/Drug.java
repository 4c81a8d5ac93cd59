package org.baclofen.reference.overview;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.baclofen.reference.content.CitedContent;
import org.baclofen.reference.content.Source;
import org.hibernate.envers.Audited;

/**
 * The drug itself: what it is, how it works, and the codes other systems know it by.
 */
@Entity
@Audited
public class Drug extends CitedContent {

	/** The drug this reference is about. */
	public static final String BACLOFEN = "Baclofen";

	@Column(nullable = false, unique = true)
	private String name;

	@Column(nullable = false)
	private String summary;

	@Column(nullable = false)
	private String mechanism;

	@Column(name = "rxnorm_cui", nullable = false)
	private String rxnormCui;

	@Column(nullable = false)
	private String atcCode;

	@Column(name = "snomed_ct_id", nullable = false)
	private String snomedCtId;

	/**
	 * The names the drug's products are sold under (Lioresal, Ozobax, Gablofen...). The
	 * medication check reports any of them, like the drug's own name, as duplicate
	 * therapy.
	 */
	@ElementCollection
	@CollectionTable(name = "drug_brand_name", joinColumns = @JoinColumn(name = "drug_id"))
	@Column(name = "name", nullable = false)
	private Set<String> brandNames = new HashSet<>();

	/**
	 * The terminology publisher each code comes from; each is also among the drug's cited
	 * sources.
	 */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "rxnorm_source_id")
	private Source rxnormSource;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "atc_source_id")
	private Source atcSource;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "snomed_ct_source_id")
	private Source snomedCtSource;

	protected Drug() {
	}

	public Drug(String name, String summary, String mechanism, String rxnormCui, String atcCode, String snomedCtId,
			LocalDate lastReviewed) {
		super(lastReviewed);
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A drug has a name");
		}
		this.name = name.strip();
		describe(summary, mechanism, rxnormCui, atcCode, snomedCtId);
	}

	/**
	 * Replaces what is said about the drug and the codes other systems know it by. The
	 * name stays fixed: the public pages find the drug by it.
	 */
	public void describe(String summary, String mechanism, String rxnormCui, String atcCode, String snomedCtId) {
		if (summary == null || summary.isBlank() || mechanism == null || mechanism.isBlank()) {
			throw new IllegalArgumentException("A drug has a summary and a mechanism");
		}
		if (rxnormCui == null || rxnormCui.isBlank() || atcCode == null || atcCode.isBlank() || snomedCtId == null
				|| snomedCtId.isBlank()) {
			throw new IllegalArgumentException("A drug has its RxNorm, ATC and SNOMED CT codes");
		}
		this.summary = summary.strip();
		this.mechanism = mechanism.strip();
		this.rxnormCui = rxnormCui.strip();
		this.atcCode = atcCode.strip();
		this.snomedCtId = snomedCtId.strip();
	}

	/** Replaces the brand names; each is stripped and kept once. */
	public void replaceBrandNames(Collection<String> names) {
		replaceNames(this.brandNames, names);
	}

	/**
	 * Names the publisher each code comes from. The admin form only accepts sources the
	 * drug also cites, so the sources page lists the drug under them and they cannot be
	 * deleted while a code rests on them.
	 */
	public void sourceCodes(Source rxnormSource, Source atcSource, Source snomedCtSource) {
		if (rxnormSource == null || atcSource == null || snomedCtSource == null) {
			throw new IllegalArgumentException("Each of the RxNorm, ATC and SNOMED CT codes cites its source");
		}
		this.rxnormSource = rxnormSource;
		this.atcSource = atcSource;
		this.snomedCtSource = snomedCtSource;
	}

	public Source getRxnormSource() {
		return this.rxnormSource;
	}

	public Source getAtcSource() {
		return this.atcSource;
	}

	public Source getSnomedCtSource() {
		return this.snomedCtSource;
	}

	public String getName() {
		return this.name;
	}

	/** The brand names in alphabetical order. */
	public List<String> getBrandNames() {
		return this.brandNames.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
	}

	/** The summary as written, paragraphs separated by blank lines. */
	public String getSummary() {
		return this.summary;
	}

	/** The mechanism as written, paragraphs separated by blank lines. */
	public String getMechanism() {
		return this.mechanism;
	}

	public List<String> getSummaryParagraphs() {
		return paragraphs(this.summary);
	}

	public List<String> getMechanismParagraphs() {
		return paragraphs(this.mechanism);
	}

	public String getRxnormCui() {
		return this.rxnormCui;
	}

	public String getAtcCode() {
		return this.atcCode;
	}

	public String getSnomedCtId() {
		return this.snomedCtId;
	}

	@Override
	public String displayTitle() {
		return getName();
	}

	@Override
	public String publicLink() {
		return "/";
	}

}
