package org.baclofen.reference.dosing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import org.baclofen.reference.content.CitedContent;
import org.baclofen.reference.content.Route;

import org.hibernate.envers.Audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A marketed form and strength: a tablet, a packet of granules, or an amount per volume of liquid.
 */
@Entity
@Audited
public class DosageForm extends CitedContent {

	public enum Form {

		TABLET, ORAL_SOLUTION, ORAL_SUSPENSION, ORAL_GRANULES, INTRATHECAL_INJECTION

	}

	public enum AmountUnit {

		MG, MCG

	}

	@Column(nullable = false)
	private String product;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Form form;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Route route;

	@Column(nullable = false)
	private BigDecimal amount;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AmountUnit amountUnit;

	@Column(name = "per_volume_ml")
	private BigDecimal perVolumeMl;

	private boolean mayBeHalved;

	private String notes;

	private int sortOrder;

	protected DosageForm() {
	}

	public String getProduct() {
		return this.product;
	}

	public Form getForm() {
		return this.form;
	}

	public Route getRoute() {
		return this.route;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public AmountUnit getAmountUnit() {
		return this.amountUnit;
	}

	public BigDecimal getPerVolumeMl() {
		return this.perVolumeMl;
	}

	public boolean isLiquid() {
		return this.perVolumeMl != null;
	}

	/** Amount per mL for liquids (e.g. 5 mg in 5 mL is 1 mg/mL); null for solid forms. */
	public BigDecimal getConcentrationPerMl() {
		return isLiquid() ? this.amount.divide(this.perVolumeMl, 3, RoundingMode.HALF_UP).stripTrailingZeros() : null;
	}

	/** The strength as printed on a pack: "10 mg", "5 mg/5 mL (1 mg/mL)", "500 mcg/mL". */
	public String getStrength() {
		String unit = this.amountUnit.name().toLowerCase(Locale.ROOT);
		String amountText = plain(this.amount) + " " + unit;
		if (!isLiquid()) {
			return amountText;
		}
		if (this.perVolumeMl.compareTo(BigDecimal.ONE) == 0) {
			return amountText + "/mL";
		}
		return amountText + "/" + plain(this.perVolumeMl) + " mL (" + plain(getConcentrationPerMl()) + " " + unit
				+ "/mL)";
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	public boolean isMayBeHalved() {
		return this.mayBeHalved;
	}

	public String getNotes() {
		return this.notes;
	}

}
