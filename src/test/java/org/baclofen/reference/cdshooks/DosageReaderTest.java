package org.baclofen.reference.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclofen.reference.cdshooks.CdsRequests.baclofen;
import static org.baclofen.reference.cdshooks.CdsRequests.dosage;

import java.math.BigDecimal;

import org.baclofen.reference.titration.PlanStep;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.Dosage;
import org.hl7.fhir.r5.model.MedicationRequest;
import org.hl7.fhir.r5.model.Period;
import org.hl7.fhir.r5.model.Quantity;
import org.hl7.fhir.r5.model.Timing;
import org.junit.jupiter.api.Test;

class DosageReaderTest {

	@Test
	void aTitrationSequenceBecomesStepsInSequenceOrder() {
		MedicationRequest order = baclofen("o", dosage(2, "10", 3, 3), dosage(1, "5", 3, 3), dosage(3, "15", 3, null));
		DosageReader.Reading reading = DosageReader.read(order);
		assertThat(reading.isReadable()).isTrue();
		assertThat(reading.steps()).containsExactly(PlanStep.of(3, "5", 3), PlanStep.of(3, "10", 3),
				PlanStep.of(DosageReader.OPEN_ENDED_DAYS, "15", 3));
	}

	@Test
	void frequencyPerHoursAndTimingCodesGiveAdministrationsADay() {
		Timing everyEightHours = new Timing();
		everyEightHours.getRepeat().setFrequency(1).setPeriod(8).setPeriodUnit(Timing.UnitsOfTime.H);
		assertThat(DosageReader.timesPerDay(everyEightHours)).isEqualTo(3);
		Timing everySevenHours = new Timing();
		everySevenHours.getRepeat().setFrequency(1).setPeriod(7).setPeriodUnit(Timing.UnitsOfTime.H);
		assertThat(DosageReader.timesPerDay(everySevenHours)).isNull();
		Timing tid = new Timing().setCode(new CodeableConcept(
				new Coding("http://terminology.hl7.org/CodeSystem/v3-GTSAbbreviation", "TID", null)));
		assertThat(DosageReader.timesPerDay(tid)).isEqualTo(3);
		Timing weekly = new Timing();
		weekly.getRepeat().setFrequency(1).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.WK);
		assertThat(DosageReader.timesPerDay(weekly)).isNull();
	}

	@Test
	void aBoundsPeriodCountsBothEnds() {
		Timing timing = new Timing();
		timing.getRepeat()
			.setBounds(new Period().setStartElement(new org.hl7.fhir.r5.model.DateTimeType("2026-12-01"))
				.setEndElement(new org.hl7.fhir.r5.model.DateTimeType("2026-12-03")));
		assertThat(DosageReader.days(timing)).isEqualTo(3);
	}

	@Test
	void dosesAreReadUpTo200MgAndNoFurther() {
		assertThat(DosageReader.read(baclofen("o", dosage(1, "200", 1, null))).isReadable()).isTrue();
		DosageReader.Reading tooHigh = DosageReader.read(baclofen("o", dosage(1, "200.01", 1, null)));
		assertThat(tooHigh.isReadable()).isFalse();
		assertThat(tooHigh.problem()).contains("200.01 mg");
	}

	@Test
	void upToTwelveAdministrationsADayAreRead() {
		assertThat(DosageReader.read(baclofen("o", dosage(1, "5", 12, null))).isReadable()).isTrue();
		assertThat(DosageReader.read(baclofen("o", dosage(1, "5", 13, null))).problem())
			.contains("administrations a day");
	}

	@Test
	void whatCannotBeReadExactlyIsReportedNotGuessed() {
		assertThat(DosageReader.read(baclofen("o")).problem()).contains("no dosage");
		assertThat(DosageReader.read(baclofen("o", dosage(1, "5", 3, null), dosage(2, "10", 3, null))).problem())
			.contains("no duration");
		assertThat(DosageReader.read(baclofen("o", dosage(1, "5", 3, 3), dosage(1, "10", 3, null))).problem())
			.contains("share a sequence");
		Dosage inMillilitres = dosage(1, "5", 3, null);
		inMillilitres.getDoseAndRateFirstRep()
			.setDose(new Quantity().setValue(new BigDecimal("5")).setUnit("mL").setCode("mL"));
		assertThat(DosageReader.read(baclofen("o", inMillilitres)).problem()).contains("not a single quantity in mg");
		Dosage asNeeded = dosage(1, "5", 3, null).setAsNeeded(true);
		assertThat(DosageReader.read(baclofen("o", asNeeded, dosage(2, "10", 3, null))).problem())
			.contains("as-needed");
		Dosage noFrequency = new Dosage().setAsNeeded(true);
		noFrequency.addDoseAndRate().setDose(new Quantity().setValue(new BigDecimal("10")).setUnit("mg").setCode("mg"));
		assertThat(DosageReader.read(baclofen("o", noFrequency)).problem())
			.contains("neither a whole number of doses a day")
			.contains("nor a maximum per day");
	}

	@Test
	void anAsNeededOrderIsReadAsTheMostItAllowsADay() {
		DosageReader.Reading upToThree = DosageReader.read(baclofen("o", dosage(1, "10", 3, null).setAsNeeded(true)));
		assertThat(upToThree.asNeeded()).isTrue();
		assertThat(upToThree.upToDailyMg()).isEqualByComparingTo("30");

		Dosage everySixHours = new Dosage().setAsNeeded(true);
		everySixHours.getTiming().getRepeat().setFrequency(1).setPeriod(6).setPeriodUnit(Timing.UnitsOfTime.H);
		everySixHours.addDoseAndRate()
			.setDose(new Quantity().setValue(new BigDecimal("10")).setUnit("mg").setCode("mg"));
		everySixHours.addMaxDosePerPeriod()
			.setNumerator(new Quantity().setValue(new BigDecimal("30")).setUnit("mg").setCode("mg"))
			.setDenominator(new Quantity().setValue(new BigDecimal("1")).setUnit("day").setCode("d"));
		DosageReader.Reading capped = DosageReader.read(baclofen("o", everySixHours));
		assertThat(capped.upToDailyMg()).as("4 x 10 mg a day, at most 30 mg a day").isEqualByComparingTo("30");

		Dosage forSpasms = new Dosage().addAsNeededFor(new CodeableConcept().setText("muscle spasm"));
		forSpasms.getTiming().getRepeat().setFrequency(2).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D);
		forSpasms.addDoseAndRate().setDose(new Quantity().setValue(new BigDecimal("5")).setUnit("mg").setCode("mg"));
		assertThat(DosageReader.read(baclofen("o", forSpasms)).upToDailyMg()).isEqualByComparingTo("10");
	}

	@Test
	void gramsAreConvertedAndAZeroDoseIsAStop() {
		Dosage grams = dosage(1, "0.01", 3, 3);
		grams.getDoseAndRateFirstRep().getDoseQuantity().setUnit("g").setCode("g");
		DosageReader.Reading reading = DosageReader.read(baclofen("o", grams, dosage(2, "0", 1, null)));
		assertThat(reading.steps().get(0).doseMg()).isEqualByComparingTo("10");
		assertThat(reading.steps().get(1).isStopped()).isTrue();
	}

}
