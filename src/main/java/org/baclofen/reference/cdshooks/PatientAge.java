package org.baclofen.reference.cdshooks;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.hl7.fhir.r5.model.DateType;
import org.hl7.fhir.r5.model.Patient;

/**
 * The patient's age in whole years from the prefetched {@code Patient}'s birth date,
 * which chooses the oral rules by age. A birth date given only as a year or a month is
 * read as its latest possible day: the youngest age it allows, whose rules are never the
 * looser.
 */
final class PatientAge {

	private PatientAge() {
	}

	/**
	 * @return the age in whole years on the given day, or null when no birth date is
	 * recorded (or it lies in the future)
	 */
	static Integer of(List<Patient> patients, LocalDate today) {
		for (Patient patient : patients) {
			if (patient.hasBirthDateElement() && patient.getBirthDateElement().getValue() != null) {
				LocalDate born = latestDay(patient.getBirthDateElement());
				return born.isAfter(today) ? null : Period.between(born, today).getYears();
			}
		}
		return null;
	}

	private static LocalDate latestDay(DateType birthDate) {
		if (birthDate.getPrecision() == TemporalPrecisionEnum.YEAR) {
			return LocalDate.of(birthDate.getYear(), 12, 31);
		}
		if (birthDate.getPrecision() == TemporalPrecisionEnum.MONTH) {
			LocalDate month = LocalDate.of(birthDate.getYear(), birthDate.getMonth() + 1, 1);
			return month.withDayOfMonth(month.lengthOfMonth());
		}
		return LocalDate.of(birthDate.getYear(), birthDate.getMonth() + 1, birthDate.getDay());
	}

}
