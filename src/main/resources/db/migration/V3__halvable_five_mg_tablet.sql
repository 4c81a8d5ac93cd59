-- The titration tools may use half a 5 mg tablet (2.5 mg steps), as the product specification requires.
-- No source we read states that the tablet is scored, so the note says so and asks for a check.
update dosage_form
set may_be_halved = true,
    notes = 'Oral tablet. The titration tools may use half a 5 mg tablet (2.5 mg); no source we read states that the tablet is scored, so check the dispensed product before advising a half tablet. If the stomach is upset, taking doses with food or milk is advised (the Canadian monograph recommends taking it with food).'
where form = 'TABLET' and amount = 5 and amount_unit = 'MG';
