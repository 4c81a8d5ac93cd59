package org.baclofen.reference.dosing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.baclofen.reference.content.CitedContent;
import org.baclofen.reference.content.Route;
import org.hibernate.envers.Audited;

/**
 * A marketed form and strength: a tablet, a packet of granules, or an amount per volume
 * of liquid.
 */
@Entity
@Audited
public class DosageForm extends CitedContent {

	public enum Form {

		TABLET(Route.ORAL, false), ORAL_SOLUTION(Route.ORAL, true), ORAL_SUSPENSION(Route.ORAL, true),
		ORAL_GRANULES(Route.ORAL, false), INTRATHECAL_INJECTION(Route.INTRATHECAL, true);

		private final Route route;

		private final boolean liquid;

		Form(Route route, boolean liquid) {
			this.route = route;
			this.liquid = liquid;
		}

		/** The route a form of this kind is given by. */
		public Route route() {
			return this.route;
		}

		/** Whether the strength is an amount per volume. */
		public boolean isLiquid() {
			return this.liquid;
		}

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

	@Column(name = "dose_step_mg")
	private BigDecimal doseStepMg;

	private String notes;

	private int sortOrder;

	protected DosageForm() {
	}

	public DosageForm(String product, Form form, Route route, BigDecimal amount, AmountUnit amountUnit,
			BigDecimal perVolumeMl, boolean mayBeHalved, String notes, int sortOrder, LocalDate lastReviewed) {
		super(lastReviewed);
		describe(product, form, route, amount, amountUnit, perVolumeMl, mayBeHalved, notes, sortOrder);
	}

	/**
	 * Replaces what the form and strength are. A liquid's strength is an amount per
	 * volume and a solid's is not; only a tablet can be halved.
	 */
	public void describe(String product, Form form, Route route, BigDecimal amount, AmountUnit amountUnit,
			BigDecimal perVolumeMl, boolean mayBeHalved, String notes, int sortOrder) {
		if (product == null || product.isBlank() || form == null || route == null || amountUnit == null) {
			throw new IllegalArgumentException("A dosage form names its product, form, route and unit");
		}
		if (form.route() != route) {
			throw new IllegalArgumentException(form + " is given by the " + form.route() + " route, not " + route);
		}
		if (amount == null || amount.signum() <= 0 || (perVolumeMl != null && perVolumeMl.signum() <= 0)) {
			throw new IllegalArgumentException("A strength is a positive amount, per a positive volume if any");
		}
		if (form.isLiquid() != (perVolumeMl != null)) {
			throw new IllegalArgumentException("Liquids, and only liquids, have a strength per volume");
		}
		if (mayBeHalved && form != Form.TABLET) {
			throw new IllegalArgumentException("Only a tablet can be halved");
		}
		if (!form.isLiquid()) {
			this.doseStepMg = null;
		}
		this.product = product.strip();
		this.form = form;
		this.route = route;
		this.amount = amount;
		this.amountUnit = amountUnit;
		this.perVolumeMl = perVolumeMl;
		this.mayBeHalved = mayBeHalved;
		this.notes = (notes == null || notes.isBlank()) ? null : notes.strip();
		this.sortOrder = sortOrder;
	}

	/**
	 * The step in mg the titration tools measure a liquid's doses in (null: the tools do
	 * not offer the liquid). Only a liquid is measured; a tablet or packet is counted.
	 */
	public void measureInStepsOf(BigDecimal doseStepMg) {
		if (doseStepMg != null && (doseStepMg.signum() <= 0 || !this.form.isLiquid())) {
			throw new IllegalArgumentException("Only a liquid has a positive dose step");
		}
		this.doseStepMg = doseStepMg;
	}

	public BigDecimal getDoseStepMg() {
		return this.doseStepMg;
	}

	/**
	 * An oral tablet with its strength in mg: what the titration tools build doses from.
	 */
	public boolean isOralTabletInMg() {
		return this.form == Form.TABLET && this.route == Route.ORAL && this.amountUnit == AmountUnit.MG;
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

	/**
	 * The strength as printed on a pack: "10 mg", "5 mg/5 mL (1 mg/mL)", "500 mcg/mL".
	 */
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

	public int getSortOrder() {
		return this.sortOrder;
	}

	@Override
	public String displayTitle() {
		return getProduct() + " " + getStrength();
	}

	@Override
	public String publicLink() {
		return (getRoute() == Route.INTRATHECAL) ? "/dosing/intrathecal#strengths" : "/dosing/oral#forms";
	}

}
