-- Titration rules v2 (fact sheet revision 2): kidney bands with the study's own edges and a dialysis band,
-- a taper that must come down before a stop, tablet scoring and measured liquids, and the intrathecal
-- ranges the intrathecal dose check reads. Recorded as one audited revision by "migration", as V7 was, so
-- the history pages show these changes like any other edit.
insert into audit_revision (timestamp, username) values (1796130000000, 'migration');
-- Which sources each row should cite; only the differences are written, as Envers would record them.
create table v9_wanted (owner_id bigint not null, source_id bigint not null);

-- Schema. Each bound of a CrCl band says whether it belongs to the band; the dialysis band has no bounds.
-- Reductions keep three decimals so two thirds of 60 mg/day allows 20, not 19.8.
alter table renal_band add column min_inclusive boolean not null default false;
alter table renal_band add column max_inclusive boolean not null default false;
alter table renal_band add column dialysis boolean not null default false;
alter table renal_band add column max_daily_mg numeric(6, 2) check (max_daily_mg > 0);
alter table renal_band alter column dose_reduction_percent set data type numeric(6, 3);
alter table renal_band_aud add column min_inclusive boolean;
alter table renal_band_aud add column max_inclusive boolean;
alter table renal_band_aud add column dialysis boolean;
alter table renal_band_aud add column max_daily_mg numeric(12, 3);
alter table renal_band_aud alter column dose_reduction_percent set data type numeric(12, 3);

-- The step (mg) a liquid's doses are measured in; only liquids have one.
alter table dosage_form add column dose_step_mg numeric(6, 3) check (dose_step_mg > 0);
alter table dosage_form_aud add column dose_step_mg numeric(12, 3);

-- How far a taper comes down before the stop: a share of the dose before the taper, or a daily dose.
alter table discontinuation_guidance add column taper_end_fraction numeric(4, 3) check (taper_end_fraction > 0 and taper_end_fraction <= 1);
alter table discontinuation_guidance add column taper_end_max_daily_mg numeric(6, 2) check (taper_end_max_daily_mg > 0);
alter table discontinuation_guidance_aud add column taper_end_fraction numeric(12, 3);
alter table discontinuation_guidance_aud add column taper_end_max_daily_mg numeric(12, 3);

-- Which patients a maintenance range is for, and the dose above which experience is limited.
alter table intrathecal_maintenance_range add column origin varchar(20);
alter table intrathecal_maintenance_range add column age_group varchar(20);
alter table intrathecal_maintenance_range add column limited_experience_above_mcg_per_day numeric(8, 1) check (limited_experience_above_mcg_per_day > 0);
alter table intrathecal_maintenance_range add column limited_experience_note varchar(2000);
alter table intrathecal_maintenance_range_aud add column origin varchar(40);
alter table intrathecal_maintenance_range_aud add column age_group varchar(40);
alter table intrathecal_maintenance_range_aud add column limited_experience_above_mcg_per_day numeric(12, 3);
alter table intrathecal_maintenance_range_aud add column limited_experience_note varchar(6000);

-- Kidney bands (Vlavonou et al. 2014, S23): the study's groups are >80, 50-80, 30-50 and <30 mL/min, so 80
-- belongs to the mild band and 30 to the moderate one; 50 appears in two groups and is placed in the more
-- cautious one by this reference's own convention.
update renal_band set crcl_min_ml_per_min = 80, min_inclusive = false, crcl_max_ml_per_min = null, max_inclusive = false,
    dose_reduction_percent = 0, last_reviewed = date '2026-12-01', version = version + 1,
    advice = 'CrCl above 80 mL/min: the study''s group with normal kidney function; no reduction. The kidney bands come from a pharmacokinetic study (Vlavonou et al. 2014) that grouped patients by Cockcroft-Gault CrCl after a single 5 mg dose and found exposure and half-life rising as clearance fell.'
    where id = 1;
update renal_band set crcl_min_ml_per_min = 50, min_inclusive = false, crcl_max_ml_per_min = 80, max_inclusive = true,
    dose_reduction_percent = 33.333, last_reviewed = date '2026-12-01', version = version + 1,
    advice = 'CrCl above 50 up to and including 80 mL/min (mild impairment): the study suggests lowering the dose by about one third. Its top group is "above 80", so a CrCl of exactly 80 belongs here. The reduction is a suggestion from pharmacokinetic data, not label text.'
    where id = 2;
update renal_band set crcl_min_ml_per_min = 30, min_inclusive = true, crcl_max_ml_per_min = 50, max_inclusive = true,
    dose_reduction_percent = 50, last_reviewed = date '2026-12-01', version = version + 1,
    advice = 'CrCl 30 to 50 mL/min (moderate impairment): the study suggests lowering the dose by about one half. Its lowest group is "below 30", so a CrCl of exactly 30 belongs here. The study lists 50 in both the mild and the moderate group; placing a CrCl of exactly 50 in this more cautious band is this reference''s own convention, not the study''s.'
    where id = 3;
update renal_band set crcl_min_ml_per_min = 0, min_inclusive = true, crcl_max_ml_per_min = 30, max_inclusive = false,
    dose_reduction_percent = 66.667, last_reviewed = date '2026-12-01', version = version + 1,
    advice = 'CrCl below 30 mL/min (severe impairment): the study suggests lowering the dose by about two thirds. The band has no lower limit and the study did not include patients on dialysis: for them, use the dialysis band.'
    where id = 4;
insert into renal_band (crcl_min_ml_per_min, min_inclusive, crcl_max_ml_per_min, max_inclusive, dialysis, dose_reduction_percent, max_daily_mg, advice, source_kind, last_reviewed) values
    (null, false, null, false, true, 0, 5, 'On dialysis or with end-stage kidney disease: no US label gives guidance, and the other sources disagree. The Canadian monograph gives about 5 mg a day for patients who depend on dialysis and, in end-stage kidney failure, use only when the benefit outweighs the risk, with watching for toxicity; the UK SmPC gives the same 5 mg a day for chronic haemodialysis. A nephrology case review (Wolf et al. 2018) advises avoiding baclofen at an eGFR below 30 or on dialysis. Toxicity has occurred at low doses and no source gives a tested dialysis schedule, so the tools cap the daily dose at 5 mg and the lowest dose with close monitoring is the rule if baclofen is used at all.',
     'NATIONAL_MONOGRAPH', date '2026-12-01');
delete from v9_wanted;
insert into v9_wanted (owner_id, source_id)
    select b.id, s.id from renal_band b, source s where b.dialysis = false and s.code = 'S23';
insert into v9_wanted (owner_id, source_id)
    select b.id, s.id from renal_band b, source s where b.dialysis = true and s.code in ('S20', 'S47', 'S64');
insert into renal_band_source_aud (renal_band_id, source_id, rev, revtype)
    select t.renal_band_id, t.source_id, (select max(id) from audit_revision), 2 from renal_band_source t
    where not exists (select 1 from v9_wanted w where w.owner_id = t.renal_band_id and w.source_id = t.source_id);
delete from renal_band_source t where not exists (select 1 from v9_wanted w where w.owner_id = t.renal_band_id and w.source_id = t.source_id);
insert into renal_band_source_aud (renal_band_id, source_id, rev, revtype)
    select w.owner_id, w.source_id, (select max(id) from audit_revision), 0 from v9_wanted w where not exists (select 1 from renal_band_source t where t.renal_band_id = w.owner_id and t.source_id = w.source_id);
insert into renal_band_source (renal_band_id, source_id)
    select w.owner_id, w.source_id from v9_wanted w where not exists (select 1 from renal_band_source t where t.renal_band_id = w.owner_id and t.source_id = w.source_id);
insert into renal_band_aud (crcl_max_ml_per_min, crcl_min_ml_per_min, min_inclusive, max_inclusive, dialysis, max_daily_mg, dose_reduction_percent, last_reviewed, id, advice, reviewed_by, source_kind, rev, revtype)
    select crcl_max_ml_per_min, crcl_min_ml_per_min, min_inclusive, max_inclusive, dialysis, max_daily_mg, dose_reduction_percent, last_reviewed, id, advice, reviewed_by, source_kind, (select max(id) from audit_revision),
        case when dialysis then 0 else 1 end from renal_band;
insert into audit_revision_entity (revision_id, entity_name) values ((select max(id) from audit_revision), 'org.baclofen.reference.dosing.RenalBand');

-- Tablets (sheet section 2): the 10 and 20 mg tablets are scored, the 5 mg tablet is not, so no tool halves a
-- 5 mg tablet. Liquids are measured in 2.5 mg steps, the smallest dose the sheet describes measuring.
update dosage_form set may_be_halved = false, last_reviewed = date '2026-12-01', version = version + 1,
    notes = 'Oral tablet without a score line: the tablet labels describe the 5 mg tablet with no score, so the tools never halve it, and a 2.5 mg dose is given as an oral liquid instead (for example 2.5 mL of the 5 mg/5 mL solution). Check the How Supplied section of the product dispensed. If doses upset the stomach, they can be taken with food.'
    where id = 1;
update dosage_form set may_be_halved = true, last_reviewed = date '2026-12-01', version = version + 1,
    notes = 'Oral tablet with a score line (Chartwell''s 10 mg tablet is bisected and Zydus''s carries a break line), so the tools may use half a 10 mg tablet for a 5 mg dose. The labels describe the score but do not state that the halves are equal doses; check the How Supplied section of the product dispensed. If doses upset the stomach, they can be taken with food.'
    where id = 2;
update dosage_form set may_be_halved = true, last_reviewed = date '2026-12-01', version = version + 1,
    notes = 'Oral tablet with a score line (Chartwell''s 20 mg tablet is bisected and Zydus''s carries a break line), so the tools may use half a 20 mg tablet for a 10 mg dose. The labels describe the score but do not state that the halves are equal doses; check the How Supplied section of the product dispensed. If doses upset the stomach, they can be taken with food.'
    where id = 3;
update dosage_form set dose_step_mg = 2.5, last_reviewed = date '2026-12-01', version = version + 1,
    notes = 'Grape-flavoured oral solution, 1 mg per mL; keep it in the refrigerator (2-8 °C). Volumes for the usual steps: 5 mg = 5 mL, 10 mg = 10 mL, 15 mg = 15 mL, 20 mg = 20 mL; a 2.5 mg dose is 2.5 mL. The tools measure doses in 2.5 mg steps, this reference''s own choice based on the smallest dose the sources describe measuring. Prescribe in mg: the other liquids have different strengths.'
    where id = 4;
update dosage_form set dose_step_mg = 2.5, last_reviewed = date '2026-12-01', version = version + 1,
    notes = 'Double-strength oral solution, 2 mg per mL, kept at room temperature. Volumes for the usual steps: 5 mg = 2.5 mL, 10 mg = 5 mL, 15 mg = 7.5 mL, 20 mg = 10 mL; a 2.5 mg dose is 1.25 mL. The tools measure doses in 2.5 mg steps, this reference''s own choice. Prescribe in mg: not interchangeable by volume with the 5 mg/5 mL solution.'
    where id = 5;
update dosage_form set dose_step_mg = 2.5, last_reviewed = date '2026-12-01', version = version + 1,
    notes = 'Oral suspension, 5 mg per mL: shake well, measure with a calibrated device, and discard 2 months after first opening. It can go through a nasogastric tube of 8 Fr or larger. Volumes for the usual steps: 5 mg = 1 mL, 10 mg = 2 mL, 15 mg = 3 mL, 20 mg = 4 mL; a 2.5 mg dose is 0.5 mL with a calibrated oral syringe. The tools measure doses in 2.5 mg steps, this reference''s own choice. Labeled as the most concentrated US oral liquid, which allows small volumes for patients who have difficulty swallowing.'
    where id = 6;
update dosage_form set last_reviewed = date '2026-12-01', version = version + 1,
    notes = 'Oral granules in single-dose packets, given as whole packets, so the granules cannot give a 2.5 mg dose. Empty the packet into the mouth, or stir it into up to 15 mL of liquid or soft food and take it within 2 hours. Smallest feeding tubes: nasogastric 8 Fr, gastrostomy 12 Fr, PEG 14 Fr, gastrojejunostomy 16 Fr. Availability is uncertain: Amneal''s product site is reported to say that distribution and promotion ended on 30 June 2025, leaving remaining pharmacy stock, so confirm supply before prescribing.'
    where id in (7, 8, 9);
delete from v9_wanted;
insert into v9_wanted (owner_id, source_id)
    select f.id, s.id from dosage_form f, source s where f.id between 1 and 3 and s.code in ('S1', 'S1b', 'S20');
insert into v9_wanted (owner_id, source_id)
    select f.id, s.id from dosage_form f, source s where f.id = 4 and s.code in ('S2', 'S3');
insert into v9_wanted (owner_id, source_id)
    select f.id, s.id from dosage_form f, source s where f.id = 5 and s.code = 'S4';
insert into v9_wanted (owner_id, source_id)
    select f.id, s.id from dosage_form f, source s where f.id = 6 and s.code = 'S6';
insert into v9_wanted (owner_id, source_id)
    select f.id, s.id from dosage_form f, source s where f.id between 7 and 9 and s.code in ('S5', 'S68');
insert into dosage_form_source_aud (dosage_form_id, source_id, rev, revtype)
    select t.dosage_form_id, t.source_id, (select max(id) from audit_revision), 2 from dosage_form_source t
    where t.dosage_form_id between 1 and 9 and not exists (select 1 from v9_wanted w where w.owner_id = t.dosage_form_id and w.source_id = t.source_id);
delete from dosage_form_source t where t.dosage_form_id between 1 and 9 and not exists (select 1 from v9_wanted w where w.owner_id = t.dosage_form_id and w.source_id = t.source_id);
insert into dosage_form_source_aud (dosage_form_id, source_id, rev, revtype)
    select w.owner_id, w.source_id, (select max(id) from audit_revision), 0 from v9_wanted w where not exists (select 1 from dosage_form_source t where t.dosage_form_id = w.owner_id and t.source_id = w.source_id);
insert into dosage_form_source (dosage_form_id, source_id)
    select w.owner_id, w.source_id from v9_wanted w where not exists (select 1 from dosage_form_source t where t.dosage_form_id = w.owner_id and t.source_id = w.source_id);
insert into dosage_form_aud (amount, last_reviewed, may_be_halved, dose_step_mg, per_volume_ml, sort_order, id, notes, product, reviewed_by, amount_unit, form, route, rev, revtype)
    select amount, last_reviewed, may_be_halved, dose_step_mg, per_volume_ml, sort_order, id, notes, product, reviewed_by, amount_unit, form, route, (select max(id) from audit_revision), 1
    from dosage_form where id between 1 and 9;
insert into audit_revision_entity (revision_id, entity_name) values ((select max(id) from audit_revision), 'org.baclofen.reference.dosing.DosageForm');

-- The taper rule: besides lasting 14 days, a taper comes down to a quarter of the daily dose before it, or
-- to 10 mg a day, before the stop. No source gives such a number; the text says it is this reference's own.
update discontinuation_guidance set taper_end_fraction = 0.25, taper_end_max_daily_mg = 10,
    last_reviewed = date '2026-12-01', version = version + 1,
    advice = 'The checker and taper planner use a minimum oral taper of 14 days. The US labels give no length; the Canadian monograph, MIMS Philippines, PDR and Lexicomp give 1-2 weeks or more, PDR asking for at least 2 weeks, so 14 days meets every source''s minimum. A longer taper suits a patient who gets withdrawal symptoms.

A stop also counts as tapered only when the last dose before it has come down to a quarter of the daily dose before the taper, or to 10 mg a day, whichever is higher. No source fixes how low a taper must go: this end point is the reference''s own rule, so that a stop follows a real reduction as the labels'' advice to reduce slowly intends. The exception in every source is a serious adverse reaction that needs rapid withdrawal.'
    where rule_basis = true;
insert into discontinuation_guidance_aud (last_reviewed, max_taper_days, min_taper_days, rule_basis, sort_order, taper_end_fraction, taper_end_max_daily_mg, id, advice, reviewed_by, title, route, rev, revtype)
    select last_reviewed, max_taper_days, min_taper_days, rule_basis, sort_order, taper_end_fraction, taper_end_max_daily_mg, id, advice, reviewed_by, title, route, (select max(id) from audit_revision), 1
    from discontinuation_guidance where rule_basis = true;
insert into audit_revision_entity (revision_id, entity_name) values ((select max(id) from audit_revision), 'org.baclofen.reference.dosing.DiscontinuationGuidance');

-- Intrathecal maintenance ranges (sheet section 3), now with who each is for, the cerebral-origin range the
-- label gives, and the limited-experience flag above 1000 mcg/day.
update intrathecal_maintenance_range set origin = 'SPINAL', age_group = 'ADULT', limited_experience_above_mcg_per_day = 1000,
    last_reviewed = date '2026-12-01', version = version + 1,
    note = 'Most patients are maintained on 300-800 mcg/day; doses in the clinical trials ranged from 12 to 2003 mcg/day.'
    where id = 1;
update intrathecal_maintenance_range set origin = 'CEREBRAL', age_group = 'ADULT', observed_min_mcg_per_day = 22, observed_max_mcg_per_day = 1400,
    limited_experience_above_mcg_per_day = 1000, last_reviewed = date '2026-12-01', version = version + 1,
    note = 'Most patients are maintained on 90-703 mcg/day; the overall range reported in the label is 22-1400 mcg/day.'
    where id = 2;
update intrathecal_maintenance_range set age_group = 'CHILD', limited_experience_above_mcg_per_day = 1000,
    last_reviewed = date '2026-12-01', version = version + 1
    where id = 3;
update intrathecal_maintenance_range set limited_experience_note = 'Limited experience: the Lioresal Intrathecal label notes limited experience with daily doses above 1000 mcg but sets no maximum, and its cerebral-origin range reaches 1400 mcg/day; Medscape presents 1000 mcg/day as a dose not to exceed. This reference flags doses above 1000 mcg/day for specialist review rather than blocking them.'
    where id in (1, 2, 3);
delete from v9_wanted;
insert into v9_wanted (owner_id, source_id)
    select r.id, s.id from intrathecal_maintenance_range r, source s where r.id = 1 and s.code in ('S62', 'S19', 'S15');
insert into v9_wanted (owner_id, source_id)
    select r.id, s.id from intrathecal_maintenance_range r, source s where r.id = 2 and s.code in ('S62', 'S15');
insert into v9_wanted (owner_id, source_id)
    select r.id, s.id from intrathecal_maintenance_range r, source s where r.id = 3 and s.code in ('S19', 'S63', 'S62');
insert into intrathecal_maintenance_range_source_aud (intrathecal_maintenance_range_id, source_id, rev, revtype)
    select t.intrathecal_maintenance_range_id, t.source_id, (select max(id) from audit_revision), 2 from intrathecal_maintenance_range_source t
    where not exists (select 1 from v9_wanted w where w.owner_id = t.intrathecal_maintenance_range_id and w.source_id = t.source_id);
delete from intrathecal_maintenance_range_source t where not exists (select 1 from v9_wanted w where w.owner_id = t.intrathecal_maintenance_range_id and w.source_id = t.source_id);
insert into intrathecal_maintenance_range_source_aud (intrathecal_maintenance_range_id, source_id, rev, revtype)
    select w.owner_id, w.source_id, (select max(id) from audit_revision), 0 from v9_wanted w where not exists (select 1 from intrathecal_maintenance_range_source t where t.intrathecal_maintenance_range_id = w.owner_id and t.source_id = w.source_id);
insert into intrathecal_maintenance_range_source (intrathecal_maintenance_range_id, source_id)
    select w.owner_id, w.source_id from v9_wanted w where not exists (select 1 from intrathecal_maintenance_range_source t where t.intrathecal_maintenance_range_id = w.owner_id and t.source_id = w.source_id);
insert into intrathecal_maintenance_range_aud (last_reviewed, observed_max_mcg_per_day, observed_min_mcg_per_day, sort_order, typical_max_mcg_per_day, typical_min_mcg_per_day, origin, age_group, limited_experience_above_mcg_per_day, limited_experience_note, id, note, population, reviewed_by, rev, revtype)
    select last_reviewed, observed_max_mcg_per_day, observed_min_mcg_per_day, sort_order, typical_max_mcg_per_day, typical_min_mcg_per_day, origin, age_group, limited_experience_above_mcg_per_day, limited_experience_note, id, note, population, reviewed_by, (select max(id) from audit_revision), 1
    from intrathecal_maintenance_range;
insert into audit_revision_entity (revision_id, entity_name) values ((select max(id) from audit_revision), 'org.baclofen.reference.dosing.IntrathecalMaintenanceRange');

-- Intrathecal titration limits and screening doses cite the labels and Medscape, as the sheet does.
delete from v9_wanted;
insert into v9_wanted (owner_id, source_id)
    select l.id, s.id from intrathecal_titration_limit l, source s where s.code in ('S15', 'S62');
insert into intrathecal_titration_limit_source_aud (intrathecal_titration_limit_id, source_id, rev, revtype)
    select t.intrathecal_titration_limit_id, t.source_id, (select max(id) from audit_revision), 2 from intrathecal_titration_limit_source t
    where not exists (select 1 from v9_wanted w where w.owner_id = t.intrathecal_titration_limit_id and w.source_id = t.source_id);
delete from intrathecal_titration_limit_source t where not exists (select 1 from v9_wanted w where w.owner_id = t.intrathecal_titration_limit_id and w.source_id = t.source_id);
insert into intrathecal_titration_limit_source_aud (intrathecal_titration_limit_id, source_id, rev, revtype)
    select w.owner_id, w.source_id, (select max(id) from audit_revision), 0 from v9_wanted w where not exists (select 1 from intrathecal_titration_limit_source t where t.intrathecal_titration_limit_id = w.owner_id and t.source_id = w.source_id);
insert into intrathecal_titration_limit_source (intrathecal_titration_limit_id, source_id)
    select w.owner_id, w.source_id from v9_wanted w where not exists (select 1 from intrathecal_titration_limit_source t where t.intrathecal_titration_limit_id = w.owner_id and t.source_id = w.source_id);
insert into intrathecal_titration_limit_aud (last_reviewed, max_change_percent, min_change_percent, sort_order, id, note, per_interval, reviewed_by, direction, origin, phase, rev, revtype)
    select last_reviewed, max_change_percent, min_change_percent, sort_order, id, note, per_interval, reviewed_by, direction, origin, phase, (select max(id) from audit_revision), 1 from intrathecal_titration_limit;
insert into audit_revision_entity (revision_id, entity_name) values ((select max(id) from audit_revision), 'org.baclofen.reference.dosing.IntrathecalTitrationLimit');
delete from v9_wanted;
insert into v9_wanted (owner_id, source_id)
    select d.id, s.id from intrathecal_screening_dose d, source s where s.code in ('S14', 'S62', 'S63');
insert into v9_wanted (owner_id, source_id)
    select d.id, s.id from intrathecal_screening_dose d, source s where d.sequence = 1 and s.code = 'S13';
insert into intrathecal_screening_dose_source_aud (intrathecal_screening_dose_id, source_id, rev, revtype)
    select t.intrathecal_screening_dose_id, t.source_id, (select max(id) from audit_revision), 2 from intrathecal_screening_dose_source t
    where not exists (select 1 from v9_wanted w where w.owner_id = t.intrathecal_screening_dose_id and w.source_id = t.source_id);
delete from intrathecal_screening_dose_source t where not exists (select 1 from v9_wanted w where w.owner_id = t.intrathecal_screening_dose_id and w.source_id = t.source_id);
insert into intrathecal_screening_dose_source_aud (intrathecal_screening_dose_id, source_id, rev, revtype)
    select w.owner_id, w.source_id, (select max(id) from audit_revision), 0 from v9_wanted w where not exists (select 1 from intrathecal_screening_dose_source t where t.intrathecal_screening_dose_id = w.owner_id and t.source_id = w.source_id);
insert into intrathecal_screening_dose_source (intrathecal_screening_dose_id, source_id)
    select w.owner_id, w.source_id from v9_wanted w where not exists (select 1 from intrathecal_screening_dose_source t where t.intrathecal_screening_dose_id = w.owner_id and t.source_id = w.source_id);
insert into intrathecal_screening_dose_aud (concentration_mcg_per_ml, dose_mcg, last_reviewed, sequence, volume_ml, id, note, reviewed_by, timing, rev, revtype)
    select concentration_mcg_per_ml, dose_mcg, last_reviewed, sequence, volume_ml, id, note, reviewed_by, timing, (select max(id) from audit_revision), 1 from intrathecal_screening_dose;
insert into audit_revision_entity (revision_id, entity_name) values ((select max(id) from audit_revision), 'org.baclofen.reference.dosing.IntrathecalScreeningDose');
drop table v9_wanted;
