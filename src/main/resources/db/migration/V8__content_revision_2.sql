-- Content re-sync with revision 2 of the fact sheet (../shared/content/baclofen-facts.md), recorded as one
-- audited revision by "migration" so the history pages show it like any other edit.
-- Sources: 65 keys become 60. Retired keys hand their citations to the primary sources that now carry the
-- facts; every address is the primary publisher's; copies that were read become editor-only provenance.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode, so it keeps to their common subset.

insert into audit_revision (timestamp, username) values (1796115600000, 'migration');

-- Where a source was read through a copy, the copy is editorial provenance: editors see it, readers do not.
alter table source add column read_via varchar(1000);
alter table source_aud add column read_via varchar(6000);

-- Work tables for this migration, dropped at its end. v8_touched collects every item this revision changes,
-- so each gets one audit row, a new version and the new review date at the end.
create table v8_touched (item_table varchar(60) not null, item_id bigint not null);
create table v8_source_merge (retired varchar(16) not null, survivor varchar(16) not null, item_table varchar(60), item_id bigint);
create table v8_new_citation (item_table varchar(60) not null, item_id bigint not null, source_id bigint not null);
-- Citations this revision adds (v8_cite) or withdraws (v8_uncite) for re-sourced facts, applied per table below.
create table v8_cite (item_table varchar(60) not null, item_id bigint not null, source_code varchar(16) not null);
create table v8_uncite (item_table varchar(60) not null, item_id bigint not null, source_code varchar(16) not null);

-- The seed articles keep the key the fact sheet gives them, so S60 can name the FDA safety communication.
update source set code = 'SEEDS' where code = 'S60';

-- Sources: every address is the primary publisher's; copies that were read are recorded in read_via only.
insert into source_address_aud (position, source_id, url, rev, revtype)
    select position, source_id, url, (select max(id) from audit_revision), 2 from source_address;
delete from source_address;
update source set title = 'Baclofen Tablets USP 5/10/20 mg, Chartwell RX (rev. 02/2023): D&A, How Supplied', kind = 'LABEL', note = 'DailyMed NDC search.', read_via = 'MedLibrary' where code = 'S1';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S1', 'Baclofen Tablets USP 5/10/20 mg, Chartwell RX (rev. 02/2023): D&A, How Supplied', 'LABEL', 'DailyMed NDC search.', 'MedLibrary', date '2026-12-01' where not exists (select 1 from source where code = 'S1');
insert into source_address (source_id, position, url) select id, 0, 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=62135-473' from source where code = 'S1';
update source set title = 'Baclofen Tablets USP, Zydus Pharmaceuticals (USA): D&A, How Supplied (current listing adds a 15 mg tablet)', kind = 'LABEL', note = null, read_via = 'MedLibrary' where code = 'S1b';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S1b', 'Baclofen Tablets USP, Zydus Pharmaceuticals (USA): D&A, How Supplied (current listing adds a 15 mg tablet)', 'LABEL', null, 'MedLibrary', date '2026-12-01' where not exists (select 1 from source where code = 'S1b');
insert into source_address (source_id, position, url) select id, 0, 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=cfc49176-8d01-4c39-9319-604dd087065c' from source where code = 'S1b';
update source set title = 'OZOBAX (baclofen oral solution 5 mg/5 mL), Metacel; PLR label, SPL v3 effective 2021-07-01', kind = 'LABEL', note = null, read_via = 'MedLibrary; DrugInserts; FDA SPL XML' where code = 'S2';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S2', 'OZOBAX (baclofen oral solution 5 mg/5 mL), Metacel; PLR label, SPL v3 effective 2021-07-01', 'LABEL', null, 'MedLibrary; DrugInserts; FDA SPL XML', date '2026-12-01' where not exists (select 1 from source where code = 'S2');
insert into source_address (source_id, position, url) select id, 0, 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=92153f69-bc9b-4bef-9a8e-751effde5c7e' from source where code = 'S2';
update source set title = 'OZOBAX manufacturer HCP/patient pages (Metacel): dosing schedule, storage, safety summary', kind = 'MANUFACTURER', note = 'Manufacturer material.', read_via = null where code = 'S3';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S3', 'OZOBAX manufacturer HCP/patient pages (Metacel): dosing schedule, storage, safety summary', 'MANUFACTURER', 'Manufacturer material.', null, date '2026-12-01' where not exists (select 1 from source where code = 'S3');
insert into source_address (source_id, position, url) select id, 0, 'https://ozobax.com/hcp/safety-profile/' from source where code = 'S3';
insert into source_address (source_id, position, url) select id, 1, 'https://ozobax.com/patient/how-to-take-ozobax/' from source where code = 'S3';
update source set title = 'OZOBAX DS (baclofen oral solution 10 mg/5 mL), Metacel; PLR label (marketed from 5/2024)', kind = 'LABEL', note = null, read_via = 'EPG Online; a DailyMed-based drug profile (GitHub)' where code = 'S4';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S4', 'OZOBAX DS (baclofen oral solution 10 mg/5 mL), Metacel; PLR label (marketed from 5/2024)', 'LABEL', null, 'EPG Online; a DailyMed-based drug profile (GitHub)', date '2026-12-01' where not exists (select 1 from source where code = 'S4');
insert into source_address (source_id, position, url) select id, 0, 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=d8ddcec5-debe-42b4-a803-e65917cc6a54' from source where code = 'S4';
update source set title = 'LYVISPAH (baclofen oral granules 5/10/20 mg), Saol/Amneal; PLR label (11/2021). A second Lyvispah SPL exists: setid a7d2dc58-e167-4ebc-ac1d-932f000fb412', kind = 'LABEL', note = 'A second Lyvispah label exists on DailyMed (setid a7d2dc58-e167-4ebc-ac1d-932f000fb412).', read_via = 'Drugs.com; openFDA; an AAPM&R-hosted ad banner' where code = 'S5';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S5', 'LYVISPAH (baclofen oral granules 5/10/20 mg), Saol/Amneal; PLR label (11/2021). A second Lyvispah SPL exists: setid a7d2dc58-e167-4ebc-ac1d-932f000fb412', 'LABEL', 'A second Lyvispah label exists on DailyMed (setid a7d2dc58-e167-4ebc-ac1d-932f000fb412).', 'Drugs.com; openFDA; an AAPM&R-hosted ad banner', date '2026-12-01' where not exists (select 1 from source where code = 'S5');
insert into source_address (source_id, position, url) select id, 0, 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=f8992a56-9010-4c4b-84d5-ddcc3e2c3317' from source where code = 'S5';
update source set title = 'FLEQSUVY (baclofen oral suspension 25 mg/5 mL), Azurity; PLR label (rev. 4/2024)', kind = 'LABEL', note = null, read_via = 'Cancer Therapy Advisor (MPR); Pharmacy Times; a DailyMed-based drug profile (GitHub)' where code = 'S6';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S6', 'FLEQSUVY (baclofen oral suspension 25 mg/5 mL), Azurity; PLR label (rev. 4/2024)', 'LABEL', null, 'Cancer Therapy Advisor (MPR); Pharmacy Times; a DailyMed-based drug profile (GitHub)', date '2026-12-01' where not exists (select 1 from source where code = 'S6');
insert into source_address (source_id, position, url) select id, 0, 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=9076d6ce-bbc2-4a9f-9cb9-2de1b675b9aa' from source where code = 'S6';
update source set title = 'Baclofen oral suspension 25 mg/5 mL (generic), Wilshire Pharmaceuticals; PLR label rev. 4/2024 (recent major change: D&A 2.3, 4/2024)', kind = 'LABEL', note = null, read_via = 'MedLibrary (generic suspension, sec. 7–8.2); openFDA' where code = 'S7';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S7', 'Baclofen oral suspension 25 mg/5 mL (generic), Wilshire Pharmaceuticals; PLR label rev. 4/2024 (recent major change: D&A 2.3, 4/2024)', 'LABEL', null, 'MedLibrary (generic suspension, sec. 7–8.2); openFDA', date '2026-12-01' where not exists (select 1 from source where code = 'S7');
insert into source_address (source_id, position, url) select id, 0, 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=4585aafe-0af8-4786-a419-6a7e76671ca2' from source where code = 'S7';
update source set title = 'Baclofen tablets USP 10/20 mg, Dispensing Solutions (repackager): description, clinical pharmacology, indications', kind = 'LABEL', note = null, read_via = null where code = 'S8';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S8', 'Baclofen tablets USP 10/20 mg, Dispensing Solutions (repackager): description, clinical pharmacology, indications', 'LABEL', null, null, date '2026-12-01' where not exists (select 1 from source where code = 'S8');
insert into source_address (source_id, position, url) select id, 0, 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=2a7e8eb1-6a38-47b1-bc2b-b59f709f8cda' from source where code = 'S8';
update source set title = 'Baclofen tablets USP, generic non-PLR label (text shared across labelers; reference labeler Lifestar Pharma): limitations, warnings a–e, precautions, adverse reactions with frequencies, overdosage', kind = 'LABEL', note = null, read_via = 'Advanced Rx label (news-aggregator site); drug-listing sites; GlobalRPh; MedPath' where code = 'S9';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S9', 'Baclofen tablets USP, generic non-PLR label (text shared across labelers; reference labeler Lifestar Pharma): limitations, warnings a–e, precautions, adverse reactions with frequencies, overdosage', 'LABEL', null, 'Advanced Rx label (news-aggregator site); drug-listing sites; GlobalRPh; MedPath', date '2026-12-01' where not exists (select 1 from source where code = 'S9');
insert into source_address (source_id, position, url) select id, 0, 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=f9dd1b55-2984-446a-8146-2ab0f5211e15' from source where code = 'S9';
update source set title = 'Baclofen injection (intrathecal), MAIA Pharmaceuticals: boxed warning', kind = 'LABEL', note = null, read_via = 'openFDA' where code = 'S12';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S12', 'Baclofen injection (intrathecal), MAIA Pharmaceuticals: boxed warning', 'LABEL', null, 'openFDA', date '2026-12-01' where not exists (select 1 from source where code = 'S12');
insert into source_address (source_id, position, url) select id, 0, 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=e05080ef-53d9-4060-aaa4-86a6935467de' from source where code = 'S12';
update source set title = 'Lioresal Intrathecal manufacturer HCP/patient pages (Saol/Amneal): screening, ISI, dosing, cost', kind = 'MANUFACTURER', note = 'Manufacturer material; some figures, such as the screening response rates, are promotional.', read_via = null where code = 'S13';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S13', 'Lioresal Intrathecal manufacturer HCP/patient pages (Saol/Amneal): screening, ISI, dosing, cost', 'MANUFACTURER', 'Manufacturer material; some figures, such as the screening response rates, are promotional.', null, date '2026-12-01' where not exists (select 1 from source where code = 'S13');
insert into source_address (source_id, position, url) select id, 0, 'https://lioresal.com/hcp/screening-trial/' from source where code = 'S13';
insert into source_address (source_id, position, url) select id, 1, 'https://lioresal.com/hcp/dosing-and-administration/' from source where code = 'S13';
insert into source_address (source_id, position, url) select id, 2, 'https://lioresal.com/lioresal-intrathecal/safety' from source where code = 'S13';
insert into source_address (source_id, position, url) select id, 3, 'https://lioresal.com/hcp/about-lioresal-intrathecal/cost-effective/' from source where code = 'S13';
update source set title = 'Drugs.com, "Baclofen Dosage" (adult/pediatric, intrathecal screening)', kind = 'DRUG_DATABASE', note = null, read_via = null where code = 'S14';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S14', 'Drugs.com, "Baclofen Dosage" (adult/pediatric, intrathecal screening)', 'DRUG_DATABASE', null, null, date '2026-12-01' where not exists (select 1 from source where code = 'S14');
insert into source_address (source_id, position, url) select id, 0, 'https://www.drugs.com/dosage/baclofen.html' from source where code = 'S14';
update source set title = 'Medscape Drugs & Diseases, baclofen (Lioresal) monograph: Dosing & Uses', kind = 'DRUG_DATABASE', note = null, read_via = null where code = 'S15';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S15', 'Medscape Drugs & Diseases, baclofen (Lioresal) monograph: Dosing & Uses', 'DRUG_DATABASE', null, null, date '2026-12-01' where not exists (select 1 from source where code = 'S15');
insert into source_address (source_id, position, url) select id, 0, 'https://reference.medscape.com/drug/lioresal-baclofen-343335' from source where code = 'S15';
update source set title = 'Harriet Lane Handbook, 24th ed. (Johns Hopkins Hospital; Elsevier), baclofen, pp. 881–883', kind = 'HANDBOOK', note = 'Printed handbook; the address finds library holdings.', read_via = 'a transcription' where code = 'S19';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S19', 'Harriet Lane Handbook, 24th ed. (Johns Hopkins Hospital; Elsevier), baclofen, pp. 881–883', 'HANDBOOK', 'Printed handbook; the address finds library holdings.', 'a transcription', date '2026-12-01' where not exists (select 1 from source where code = 'S19');
insert into source_address (source_id, position, url) select id, 0, 'https://search.worldcat.org/search?q=Harriet+Lane+Handbook+24th+edition' from source where code = 'S19';
update source set title = 'pms-BACLOFEN product monograph (Pharmascience, Canada): dosage, warnings, interactions, overdosage', kind = 'NATIONAL_MONOGRAPH', note = 'Health Canada Drug Product Database; search "pms-baclofen".', read_via = 'MIMS Singapore; MIMS Hong Kong' where code = 'S20';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S20', 'pms-BACLOFEN product monograph (Pharmascience, Canada): dosage, warnings, interactions, overdosage', 'NATIONAL_MONOGRAPH', 'Health Canada Drug Product Database; search "pms-baclofen".', 'MIMS Singapore; MIMS Hong Kong', date '2026-12-01' where not exists (select 1 from source where code = 'S20');
insert into source_address (source_id, position, url) select id, 0, 'https://health-products.canada.ca/dpd-bdpp/' from source where code = 'S20';
update source set title = 'Bac-10 (baclofen 10 mg) prescribing information, MIMS Philippines: pharmacology, precautions', kind = 'NATIONAL_MONOGRAPH', note = null, read_via = 'MIMS pre-production (test) sites' where code = 'S21';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S21', 'Bac-10 (baclofen 10 mg) prescribing information, MIMS Philippines: pharmacology, precautions', 'NATIONAL_MONOGRAPH', null, 'MIMS pre-production (test) sites', date '2026-12-01' where not exists (select 1 from source where code = 'S21');
insert into source_address (source_id, position, url) select id, 0, 'https://www.mims.com/philippines/drug/info/bac-10' from source where code = 'S21';
update source set title = 'Swiss product information (Fachinformation): Baclocalm (interactions); Lioresal (2014 update: lithium, hepatic impairment)', kind = 'NATIONAL_MONOGRAPH', note = 'Swissmedic AIPS; search "Baclocalm", "Lioresal".', read_via = 'ODDB (ywesee); compendium.ch (HCI Solutions)' where code = 'S22';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S22', 'Swiss product information (Fachinformation): Baclocalm (interactions); Lioresal (2014 update: lithium, hepatic impairment)', 'NATIONAL_MONOGRAPH', 'Swissmedic AIPS; search "Baclocalm", "Lioresal".', 'ODDB (ywesee); compendium.ch (HCI Solutions)', date '2026-12-01' where not exists (select 1 from source where code = 'S22');
insert into source_address (source_id, position, url) select id, 0, 'https://www.swissmedicinfo.ch/' from source where code = 'S22';
update source set title = 'Vlavonou R, et al. Pharmacokinetic characterization of baclofen in patients with chronic kidney disease: dose adjustment recommendations. J Clin Pharmacol 2014;54(5):584–592. PMID 24414993', kind = 'PUBLISHED_STUDY', note = null, read_via = null where code = 'S23';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S23', 'Vlavonou R, et al. Pharmacokinetic characterization of baclofen in patients with chronic kidney disease: dose adjustment recommendations. J Clin Pharmacol 2014;54(5):584–592. PMID 24414993', 'PUBLISHED_STUDY', null, null, date '2026-12-01' where not exists (select 1 from source where code = 'S23');
insert into source_address (source_id, position, url) select id, 0, 'https://doi.org/10.1002/jcph.247' from source where code = 'S23';
update source set title = 'Wuis EW, et al. Plasma and urinary excretion kinetics of oral baclofen in healthy subjects. Eur J Clin Pharmacol 1989', kind = 'PUBLISHED_STUDY', note = null, read_via = 'Litmetric' where code = 'S24';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S24', 'Wuis EW, et al. Plasma and urinary excretion kinetics of oral baclofen in healthy subjects. Eur J Clin Pharmacol 1989', 'PUBLISHED_STUDY', null, 'Litmetric', date '2026-12-01' where not exists (select 1 from source where code = 'S24');
insert into source_address (source_id, position, url) select id, 0, 'https://pubmed.ncbi.nlm.nih.gov/?term=Plasma+and+urinary+excretion+kinetics+of+oral+baclofen+in+healthy+subjects' from source where code = 'S24';
update source set title = 'DrugBank, Baclofen (DB00181): pharmacokinetics', kind = 'DRUG_DATABASE', note = null, read_via = 'Genelabs (DrugBank-derived copy)' where code = 'S25';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S25', 'DrugBank, Baclofen (DB00181): pharmacokinetics', 'DRUG_DATABASE', null, 'Genelabs (DrugBank-derived copy)', date '2026-12-01' where not exists (select 1 from source where code = 'S25');
insert into source_address (source_id, position, url) select id, 0, 'https://go.drugbank.com/drugs/DB00181' from source where code = 'S25';
update source set title = 'Drugs.com drug–disease interactions: baclofen; baclofen/Lioresal Intrathecal', kind = 'DRUG_DATABASE', note = 'These ratings are Drugs.com''s own.', read_via = null where code = 'S26';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S26', 'Drugs.com drug–disease interactions: baclofen; baclofen/Lioresal Intrathecal', 'DRUG_DATABASE', 'These ratings are Drugs.com''s own.', null, date '2026-12-01' where not exists (select 1 from source where code = 'S26');
insert into source_address (source_id, position, url) select id, 0, 'https://www.drugs.com/disease-interactions/baclofen.html' from source where code = 'S26';
insert into source_address (source_id, position, url) select id, 1, 'https://www.drugs.com/disease-interactions/baclofen,lioresal-intrathecal.html' from source where code = 'S26';
update source set title = 'Drugs.com professional interaction report including baclofen + tramadol', kind = 'DRUG_DATABASE', note = null, read_via = null where code = 'S27';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S27', 'Drugs.com professional interaction report including baclofen + tramadol', 'DRUG_DATABASE', null, null, date '2026-12-01' where not exists (select 1 from source where code = 'S27');
insert into source_address (source_id, position, url) select id, 0, 'https://www.drugs.com/interactions-check.php?drug_list=318-0,1257-0,1430-0,2019-0,2221-0,1690-2475,1463-868,1937-2171&professional=1' from source where code = 'S27';
update source set title = 'Lexicomp rating scales, Table 1 of a Jordanian polypharmacy drug-interaction study. Saudi Pharm J 2020;28(2):155–160 (PMC7000309)', kind = 'PUBLISHED_STUDY', note = null, read_via = null where code = 'S28';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S28', 'Lexicomp rating scales, Table 1 of a Jordanian polypharmacy drug-interaction study. Saudi Pharm J 2020;28(2):155–160 (PMC7000309)', 'PUBLISHED_STUDY', null, null, date '2026-12-01' where not exists (select 1 from source where code = 'S28');
insert into source_address (source_id, position, url) select id, 0, 'https://doi.org/10.1016/j.jsps.2019.11.009' from source where code = 'S28';
update source set title = 'Drugs.com interaction severity definitions (Major/Moderate/Minor/Unknown), as tabulated in BMC Pharmacol Toxicol 2019 (doi:10.1186/s40360-019-0311-0)', kind = 'DRUG_DATABASE', note = 'The definitions are tabulated in BMC Pharmacology and Toxicology 2019 (doi:10.1186/s40360-019-0311-0).', read_via = 'BMC table; Henry Ford Pharmacy' where code = 'S29';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S29', 'Drugs.com interaction severity definitions (Major/Moderate/Minor/Unknown), as tabulated in BMC Pharmacol Toxicol 2019 (doi:10.1186/s40360-019-0311-0)', 'DRUG_DATABASE', 'The definitions are tabulated in BMC Pharmacology and Toxicology 2019 (doi:10.1186/s40360-019-0311-0).', 'BMC table; Henry Ford Pharmacy', date '2026-12-01' where not exists (select 1 from source where code = 'S29');
insert into source_address (source_id, position, url) select id, 0, 'https://www.drugs.com/drug_interactions.html' from source where code = 'S29';
update source set title = 'Lexicomp, "Baclofen: Drug information" (Wolters Kluwer, in UpToDate)', kind = 'DRUG_DATABASE', note = 'Subscription resource.', read_via = 'an unauthorized mirror (medilib.ir)' where code = 'S30';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S30', 'Lexicomp, "Baclofen: Drug information" (Wolters Kluwer, in UpToDate)', 'DRUG_DATABASE', 'Subscription resource.', 'an unauthorized mirror (medilib.ir)', date '2026-12-01' where not exists (select 1 from source where code = 'S30');
insert into source_address (source_id, position, url) select id, 0, 'https://www.uptodate.com/contents/baclofen-drug-information' from source where code = 'S30';
update source set title = 'PDR drug summary, Gablofen (baclofen)', kind = 'DRUG_DATABASE', note = null, read_via = null where code = 'S31';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S31', 'PDR drug summary, Gablofen (baclofen)', 'DRUG_DATABASE', null, null, date '2026-12-01' where not exists (select 1 from source where code = 'S31');
insert into source_address (source_id, position, url) select id, 0, 'https://www.pdr.net/drug-summary/Gablofen-baclofen-1389' from source where code = 'S31';
update source set title = 'LactMed, Baclofen (NLM, NCBI Bookshelf NBK501201)', kind = 'DRUG_DATABASE', note = null, read_via = 'AnikaMD; The Meditary; a university Git mirror' where code = 'S32';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S32', 'LactMed, Baclofen (NLM, NCBI Bookshelf NBK501201)', 'DRUG_DATABASE', null, 'AnikaMD; The Meditary; a university Git mirror', date '2026-12-01' where not exists (select 1 from source where code = 'S32');
insert into source_address (source_id, position, url) select id, 0, 'https://www.ncbi.nlm.nih.gov/books/NBK501201/' from source where code = 'S32';
update source set title = 'StatPearls, "Baclofen Toxicity" (StatPearls Publishing)', kind = 'DRUG_DATABASE', note = null, read_via = null where code = 'S33';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S33', 'StatPearls, "Baclofen Toxicity" (StatPearls Publishing)', 'DRUG_DATABASE', null, null, date '2026-12-01' where not exists (select 1 from source where code = 'S33');
insert into source_address (source_id, position, url) select id, 0, 'https://www.statpearls.com/ArticleLibrary/viewarticle/142040' from source where code = 'S33';
update source set title = 'MDWiki (WikiProject Med), "Baclofen toxicity"', kind = 'SECONDARY', note = null, read_via = 'a Kiwix offline mirror' where code = 'S34';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S34', 'MDWiki (WikiProject Med), "Baclofen toxicity"', 'SECONDARY', null, 'a Kiwix offline mirror', date '2026-12-01' where not exists (select 1 from source where code = 'S34');
insert into source_address (source_id, position, url) select id, 0, 'https://mdwiki.org/wiki/Baclofen_toxicity' from source where code = 'S34';
update source set title = 'Leung NY, Whyte IM, Isbister GK. Baclofen overdose: defining the spectrum of toxicity. Emerg Med Australas 2006;18(1):77–82. PMID 16454779', kind = 'PUBLISHED_STUDY', note = null, read_via = 'DrugBank article record' where code = 'S35';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S35', 'Leung NY, Whyte IM, Isbister GK. Baclofen overdose: defining the spectrum of toxicity. Emerg Med Australas 2006;18(1):77–82. PMID 16454779', 'PUBLISHED_STUDY', null, 'DrugBank article record', date '2026-12-01' where not exists (select 1 from source where code = 'S35');
insert into source_address (source_id, position, url) select id, 0, 'https://doi.org/10.1111/j.1742-6723.2006.00805.x' from source where code = 'S35';
update source set title = 'Agabio R, et al. Baclofen for alcohol use disorder. Cochrane Database Syst Rev 2023 (CD012557.pub3); Käypä hoito (Duodecim) evidence summary evd07680', kind = 'SYSTEMATIC_REVIEW', note = null, read_via = 'Cochrane Library (Chinese-translation page)' where code = 'S36';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S36', 'Agabio R, et al. Baclofen for alcohol use disorder. Cochrane Database Syst Rev 2023 (CD012557.pub3); Käypä hoito (Duodecim) evidence summary evd07680', 'SYSTEMATIC_REVIEW', null, 'Cochrane Library (Chinese-translation page)', date '2026-12-01' where not exists (select 1 from source where code = 'S36');
insert into source_address (source_id, position, url) select id, 0, 'https://doi.org/10.1002/14651858.CD012557.pub3' from source where code = 'S36';
insert into source_address (source_id, position, url) select id, 1, 'https://www.kaypahoito.fi/evd07680' from source where code = 'S36';
update source set title = 'Hiccups: Zhang C, et al. Baclofen for stroke patients with persistent hiccups, RCT, Trials 2014;15:295 · Moretto EN, et al. Cochrane 2013 (CD008768.pub2) · Systematic review of oral baclofen for hiccups in adult palliative care, J Pain Palliat Care Pharmacother 2020;34(1):43-54', kind = 'SYSTEMATIC_REVIEW', note = null, read_via = 'ResearchGate; R Discovery' where code = 'S37';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S37', 'Hiccups: Zhang C, et al. Baclofen for stroke patients with persistent hiccups, RCT, Trials 2014;15:295 · Moretto EN, et al. Cochrane 2013 (CD008768.pub2) · Systematic review of oral baclofen for hiccups in adult palliative care, J Pain Palliat Care Pharmacother 2020;34(1):43-54', 'SYSTEMATIC_REVIEW', null, 'ResearchGate; R Discovery', date '2026-12-01' where not exists (select 1 from source where code = 'S37');
insert into source_address (source_id, position, url) select id, 0, 'https://doi.org/10.1186/1745-6215-15-295' from source where code = 'S37';
insert into source_address (source_id, position, url) select id, 1, 'https://doi.org/10.1002/14651858.CD008768.pub2' from source where code = 'S37';
insert into source_address (source_id, position, url) select id, 2, 'https://doi.org/10.1080/15360288.2019.1705457' from source where code = 'S37';
update source set title = 'GERD: review of baclofen in adult GERD (9 studies; PMC5990199) · Arabpour E, et al. Front Med 2023;10:997440 · Clarke JO, et al. editorial, Clin Transl Gastroenterol 2018;9(3):137 · Pauwels A, et al. RCT, Aliment Pharmacol Ther 2022;56(2):231–239', kind = 'SYSTEMATIC_REVIEW', note = null, read_via = 'Stanford Health Care publication list; MIMS news (pre-production site)' where code = 'S38';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S38', 'GERD: review of baclofen in adult GERD (9 studies; PMC5990199) · Arabpour E, et al. Front Med 2023;10:997440 · Clarke JO, et al. editorial, Clin Transl Gastroenterol 2018;9(3):137 · Pauwels A, et al. RCT, Aliment Pharmacol Ther 2022;56(2):231–239', 'SYSTEMATIC_REVIEW', null, 'Stanford Health Care publication list; MIMS news (pre-production site)', date '2026-12-01' where not exists (select 1 from source where code = 'S38');
insert into source_address (source_id, position, url) select id, 0, 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5990199/' from source where code = 'S38';
insert into source_address (source_id, position, url) select id, 1, 'https://doi.org/10.3389/fmed.2023.997440' from source where code = 'S38';
insert into source_address (source_id, position, url) select id, 2, 'https://doi.org/10.1038/s41424-018-0010-y' from source where code = 'S38';
insert into source_address (source_id, position, url) select id, 3, 'https://doi.org/10.1111/apt.17068' from source where code = 'S38';
update source set title = 'Dystonia: Greene P. Baclofen in the treatment of dystonia. Clin Neuropharmacol 1992 · Greene PE, Fahn S. Baclofen in the treatment of idiopathic dystonia in children. Mov Disord 1992;7(1):48–52 · Termsarasab P, et al. Medical treatment of dystonia. J Clin Mov Disord 2016 (PMC5168853)', kind = 'PUBLISHED_STUDY', note = null, read_via = 'Scilit' where code = 'S39';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S39', 'Dystonia: Greene P. Baclofen in the treatment of dystonia. Clin Neuropharmacol 1992 · Greene PE, Fahn S. Baclofen in the treatment of idiopathic dystonia in children. Mov Disord 1992;7(1):48–52 · Termsarasab P, et al. Medical treatment of dystonia. J Clin Mov Disord 2016 (PMC5168853)', 'PUBLISHED_STUDY', null, 'Scilit', date '2026-12-01' where not exists (select 1 from source where code = 'S39');
insert into source_address (source_id, position, url) select id, 0, 'https://pubmed.ncbi.nlm.nih.gov/?term=Greene+Baclofen+in+the+treatment+of+dystonia+1992' from source where code = 'S39';
insert into source_address (source_id, position, url) select id, 1, 'https://doi.org/10.1002/mds.870070109' from source where code = 'S39';
insert into source_address (source_id, position, url) select id, 2, 'https://doi.org/10.1186/s40734-016-0047-6' from source where code = 'S39';
update source set title = 'Delgado MR, et al. Practice parameter: pharmacologic treatment of spasticity in children and adolescents with cerebral palsy (AAN/CNS). Neurology 2010;74(4):336–343 · NICE CG145, Spasticity in under 19s (2012)', kind = 'GUIDELINE', note = null, read_via = 'Neurology citation export; a spam copy' where code = 'S40';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S40', 'Delgado MR, et al. Practice parameter: pharmacologic treatment of spasticity in children and adolescents with cerebral palsy (AAN/CNS). Neurology 2010;74(4):336–343 · NICE CG145, Spasticity in under 19s (2012)', 'GUIDELINE', null, 'Neurology citation export; a spam copy', date '2026-12-01' where not exists (select 1 from source where code = 'S40');
insert into source_address (source_id, position, url) select id, 0, 'https://doi.org/10.1212/WNL.0b013e3181cbcd2f' from source where code = 'S40';
insert into source_address (source_id, position, url) select id, 1, 'https://www.nice.org.uk/guidance/cg145' from source where code = 'S40';
update source set title = 'EULAR fibromyalgia recommendations: Carville SF, et al. Ann Rheum Dis 2008;67(4):536–541 · Macfarlane GJ, et al. (revision) Ann Rheum Dis 2017;76(2):318–328', kind = 'GUIDELINE', note = null, read_via = 'BMJ table view; SlideShare' where code = 'S41';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S41', 'EULAR fibromyalgia recommendations: Carville SF, et al. Ann Rheum Dis 2008;67(4):536–541 · Macfarlane GJ, et al. (revision) Ann Rheum Dis 2017;76(2):318–328', 'GUIDELINE', null, 'BMJ table view; SlideShare', date '2026-12-01' where not exists (select 1 from source where code = 'S41');
insert into source_address (source_id, position, url) select id, 0, 'https://doi.org/10.1136/ard.2007.071522' from source where code = 'S41';
insert into source_address (source_id, position, url) select id, 1, 'https://doi.org/10.1136/annrheumdis-2016-209724' from source where code = 'S41';
update source set title = 'Trigeminal neuralgia: Di Stefano G, Truini A, Cruccu G. Drugs 2018;78(14):1433–1442 · Cruccu G, et al. AAN-EFNS guidelines on TN management. Eur J Neurol 2008;15(10):1013–1028 · Gronseth G, et al. AAN/EFNS practice parameter. Neurology 2008;71(15):1183–1190', kind = 'GUIDELINE', note = null, read_via = 'PDFSlide; Doczz' where code = 'S42';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S42', 'Trigeminal neuralgia: Di Stefano G, Truini A, Cruccu G. Drugs 2018;78(14):1433–1442 · Cruccu G, et al. AAN-EFNS guidelines on TN management. Eur J Neurol 2008;15(10):1013–1028 · Gronseth G, et al. AAN/EFNS practice parameter. Neurology 2008;71(15):1183–1190', 'GUIDELINE', null, 'PDFSlide; Doczz', date '2026-12-01' where not exists (select 1 from source where code = 'S42');
insert into source_address (source_id, position, url) select id, 0, 'https://doi.org/10.1007/s40265-018-0964-9' from source where code = 'S42';
insert into source_address (source_id, position, url) select id, 1, 'https://doi.org/10.1111/j.1468-1331.2008.02185.x' from source where code = 'S42';
insert into source_address (source_id, position, url) select id, 2, 'https://n.neurology.org/content/71/15/1183' from source where code = 'S42';
update source set title = 'NICE NG220, Multiple sclerosis in adults: management (June 2022)', kind = 'GUIDELINE', note = null, read_via = 'NCBI Bookshelf edition; Brainscape flash cards' where code = 'S43';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S43', 'NICE NG220, Multiple sclerosis in adults: management (June 2022)', 'GUIDELINE', null, 'NCBI Bookshelf edition; Brainscape flash cards', date '2026-12-01' where not exists (select 1 from source where code = 'S43');
insert into source_address (source_id, position, url) select id, 0, 'https://www.nice.org.uk/guidance/ng220' from source where code = 'S43';
update source set title = 'Saulino M, et al. Medical cost impact of intrathecal baclofen therapy for severe spasticity. Neuromodulation 2015;18(2):141–149', kind = 'PUBLISHED_STUDY', note = null, read_via = 'MS research blog' where code = 'S44';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S44', 'Saulino M, et al. Medical cost impact of intrathecal baclofen therapy for severe spasticity. Neuromodulation 2015;18(2):141–149', 'PUBLISHED_STUDY', null, 'MS research blog', date '2026-12-01' where not exists (select 1 from source where code = 'S44');
insert into source_address (source_id, position, url) select id, 0, 'https://doi.org/10.1111/ner.12220' from source where code = 'S44';
update source set title = 'UK SmPCs (emc): baclofen 5 mg/5 mL oral solution; baclofen tablets (Generics UK/Mylan, rev. 2024) · Lioresal 10 mg leaflet, Novartis Argentina (ANMAT) · NHS Education for Scotland, ABI spasticity: systemic medication', kind = 'NATIONAL_MONOGRAPH', note = 'Several non-US documents grouped under one key.', read_via = 'Medthority (emc feed); RxReasoner; iVademecum' where code = 'S47';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S47', 'UK SmPCs (emc): baclofen 5 mg/5 mL oral solution; baclofen tablets (Generics UK/Mylan, rev. 2024) · Lioresal 10 mg leaflet, Novartis Argentina (ANMAT) · NHS Education for Scotland, ABI spasticity: systemic medication', 'NATIONAL_MONOGRAPH', 'Several non-US documents grouped under one key.', 'Medthority (emc feed); RxReasoner; iVademecum', date '2026-12-01' where not exists (select 1 from source where code = 'S47');
insert into source_address (source_id, position, url) select id, 0, 'https://www.medicines.org.uk/emc/search?q=baclofen' from source where code = 'S47';
insert into source_address (source_id, position, url) select id, 1, 'https://www.argentina.gob.ar/anmat' from source where code = 'S47';
insert into source_address (source_id, position, url) select id, 2, 'https://www.acquiredbraininjury-education.scot.nhs.uk/impact-of-abi/spasticity/clinical-assessment-of-spasticity/systemic-medication/' from source where code = 'S47';
update source set title = 'Wheeless'' Textbook of Orthopaedics (Data Trace), "Baclofen"', kind = 'HANDBOOK', note = null, read_via = null where code = 'S48';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S48', 'Wheeless'' Textbook of Orthopaedics (Data Trace), "Baclofen"', 'HANDBOOK', null, null, date '2026-12-01' where not exists (select 1 from source where code = 'S48');
insert into source_address (source_id, position, url) select id, 0, 'http://www.wheelessonline.com/ortho/baclofen' from source where code = 'S48';
update source set title = 'Intrathecal baclofen withdrawal: Coffey RJ, et al. Arch Phys Med Rehabil 2002;83(6):735-741 · Ben Smail D, et al. Pruritus after ITB withdrawal, Arch Phys Med Rehabil 2005;86(3):494-497 · Mohammed I, Hussain A. Case report, BMC Clin Pharmacol 2004;4:6', kind = 'PUBLISHED_STUDY', note = null, read_via = 'a neurosurgery wiki' where code = 'S50';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S50', 'Intrathecal baclofen withdrawal: Coffey RJ, et al. Arch Phys Med Rehabil 2002;83(6):735-741 · Ben Smail D, et al. Pruritus after ITB withdrawal, Arch Phys Med Rehabil 2005;86(3):494-497 · Mohammed I, Hussain A. Case report, BMC Clin Pharmacol 2004;4:6', 'PUBLISHED_STUDY', null, 'a neurosurgery wiki', date '2026-12-01' where not exists (select 1 from source where code = 'S50');
insert into source_address (source_id, position, url) select id, 0, 'https://doi.org/10.1053/apmr.2002.32820' from source where code = 'S50';
insert into source_address (source_id, position, url) select id, 1, 'https://pubmed.ncbi.nlm.nih.gov/?term=Pruritus+after+intrathecal+baclofen+withdrawal' from source where code = 'S50';
insert into source_address (source_id, position, url) select id, 2, 'https://doi.org/10.1186/1472-6904-4-6' from source where code = 'S50';
update source set title = 'Ozemedicine (Australian clinical wiki), baclofen overdose/withdrawal note', kind = 'SECONDARY', note = null, read_via = null where code = 'S51';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S51', 'Ozemedicine (Australian clinical wiki), baclofen overdose/withdrawal note', 'SECONDARY', null, null, date '2026-12-01' where not exists (select 1 from source where code = 'S51');
insert into source_address (source_id, position, url) select id, 0, 'https://www.ozemedicine.com/wiki/doku.php?id=odbaclofen' from source where code = 'S51';
update source set title = 'SCIRE Project (Spinal Cord Injury Research Evidence), "Pharmacological treatment for spasticity: oral medications"', kind = 'SYSTEMATIC_REVIEW', note = null, read_via = null where code = 'S52';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S52', 'SCIRE Project (Spinal Cord Injury Research Evidence), "Pharmacological treatment for spasticity: oral medications"', 'SYSTEMATIC_REVIEW', null, null, date '2026-12-01' where not exists (select 1 from source where code = 'S52');
insert into source_address (source_id, position, url) select id, 0, 'https://scireproject.com/evidence/spasticity/pharmacological-treatment-for-spasticity/oral-medications' from source where code = 'S52';
update source set title = 'HL7 FHIR R5 (hl7.fhir.r5.core 5.0.0): ClinicalUseDefinition, MedicationKnowledge, Dosage, clinical-use-definition-type value set', kind = 'STANDARD', note = null, read_via = 'GitHub cross-version element listings; HL7 2022-Sep ballot' where code = 'S53';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S53', 'HL7 FHIR R5 (hl7.fhir.r5.core 5.0.0): ClinicalUseDefinition, MedicationKnowledge, Dosage, clinical-use-definition-type value set', 'STANDARD', null, 'GitHub cross-version element listings; HL7 2022-Sep ballot', date '2026-12-01' where not exists (select 1 from source where code = 'S53');
insert into source_address (source_id, position, url) select id, 0, 'https://hl7.org/fhir/R5/clinicalusedefinition.html' from source where code = 'S53';
insert into source_address (source_id, position, url) select id, 1, 'https://hl7.org/fhir/R5/medicationknowledge.html' from source where code = 'S53';
insert into source_address (source_id, position, url) select id, 2, 'https://hl7.org/fhir/R5/dosage.html' from source where code = 'S53';
insert into source_address (source_id, position, url) select id, 3, 'https://hl7.org/fhir/R5/valueset-clinical-use-definition-type.html' from source where code = 'S53';
update source set title = 'SPL section LOINC codes: FDA "Section Headings (LOINC)"; HL7 ePI IG section-code value set', kind = 'STANDARD', note = null, read_via = 'HL7 SPL-mapping IG (CI build)' where code = 'S54';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S54', 'SPL section LOINC codes: FDA "Section Headings (LOINC)"; HL7 ePI IG section-code value set', 'STANDARD', null, 'HL7 SPL-mapping IG (CI build)', date '2026-12-01' where not exists (select 1 from source where code = 'S54');
insert into source_address (source_id, position, url) select id, 0, 'https://www.fda.gov/industry/structured-product-labeling-resources/section-headings-loinc' from source where code = 'S54';
insert into source_address (source_id, position, url) select id, 1, 'https://hl7.org/fhir/uv/emedicinal-product-info/ValueSet-sectionCode.html' from source where code = 'S54';
update source set title = 'Hansel DE, et al. Oral baclofen in cerebral palsy: possible seizure potentiation? Pediatr Neurol 2003;29(3):203–206', kind = 'PUBLISHED_STUDY', note = null, read_via = 'OHSU research portal' where code = 'S55';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S55', 'Hansel DE, et al. Oral baclofen in cerebral palsy: possible seizure potentiation? Pediatr Neurol 2003;29(3):203–206', 'PUBLISHED_STUDY', null, 'OHSU research portal', date '2026-12-01' where not exists (select 1 from source where code = 'S55');
insert into source_address (source_id, position, url) select id, 0, 'https://pubmed.ncbi.nlm.nih.gov/?term=Oral+baclofen+in+cerebral+palsy+possible+seizure+potentiation' from source where code = 'S55';
update source set title = 'Shellenberger MK, et al. A controlled pharmacokinetic evaluation of tizanidine and baclofen at steady state. Drug Metab Dispos 1999;27(2):201–204', kind = 'PUBLISHED_STUDY', note = null, read_via = 'Vibore' where code = 'S57';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S57', 'Shellenberger MK, et al. A controlled pharmacokinetic evaluation of tizanidine and baclofen at steady state. Drug Metab Dispos 1999;27(2):201–204', 'PUBLISHED_STUDY', null, 'Vibore', date '2026-12-01' where not exists (select 1 from source where code = 'S57');
insert into source_address (source_id, position, url) select id, 0, 'https://pubmed.ncbi.nlm.nih.gov/?term=controlled+pharmacokinetic+evaluation+of+tizanidine+and+baclofen+at+steady+state' from source where code = 'S57';
update source set title = 'Baclon (baclofen) Brazilian package leaflet: interactions', kind = 'NATIONAL_MONOGRAPH', note = 'ANVISA Bulário Eletrônico; search "baclofeno".', read_via = 'Medicinanet' where code = 'S58';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S58', 'Baclon (baclofen) Brazilian package leaflet: interactions', 'NATIONAL_MONOGRAPH', 'ANVISA Bulário Eletrônico; search "baclofeno".', 'Medicinanet', date '2026-12-01' where not exists (select 1 from source where code = 'S58');
insert into source_address (source_id, position, url) select id, 0, 'https://consultas.anvisa.gov.br/#/bulario/' from source where code = 'S58';
update source set title = 'FPnotebook, "Baclofen poisoning"', kind = 'SECONDARY', note = null, read_via = null where code = 'S59';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S59', 'FPnotebook, "Baclofen poisoning"', 'SECONDARY', null, null, date '2026-12-01' where not exists (select 1 from source where code = 'S59');
insert into source_address (source_id, position, url) select id, 0, 'https://fpnotebook.com/Rheum/Pharm/BclfnPsng.htm' from source where code = 'S59';
update source set title = 'FDA Drug Safety Communication, 31 Aug 2016: serious risks and death when combining opioid pain or cough medicines with benzodiazepines or other CNS depressants; boxed warnings required', kind = 'REGULATOR', note = null, read_via = null where code = 'S60';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S60', 'FDA Drug Safety Communication, 31 Aug 2016: serious risks and death when combining opioid pain or cough medicines with benzodiazepines or other CNS depressants; boxed warnings required', 'REGULATOR', null, null, date '2026-12-01' where not exists (select 1 from source where code = 'S60');
insert into source_address (source_id, position, url) select id, 0, 'https://www.fda.gov/Drugs/DrugSafety/ucm518473.htm' from source where code = 'S60';
update source set title = 'Tramadol hydrochloride tablets (generic) label: boxed warning "risks from concomitant use with benzodiazepines or other CNS depressants" (opioid class text)', kind = 'LABEL', note = null, read_via = 'openFDA' where code = 'S61';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S61', 'Tramadol hydrochloride tablets (generic) label: boxed warning "risks from concomitant use with benzodiazepines or other CNS depressants" (opioid class text)', 'LABEL', null, 'openFDA', date '2026-12-01' where not exists (select 1 from source where code = 'S61');
insert into source_address (source_id, position, url) select id, 0, 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=5babcfcf-331b-5db9-e053-2a91aa0aaf89' from source where code = 'S61';
update source set title = 'LIORESAL INTRATHECAL (baclofen injection), Saol/Amneal; label SPL v29, effective 2022-12-09', kind = 'LABEL', note = null, read_via = 'EPG Online (FDA data); a DailyMed-based drug profile (GitHub); Skyscape and Drugline monographs' where code = 'S62';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S62', 'LIORESAL INTRATHECAL (baclofen injection), Saol/Amneal; label SPL v29, effective 2022-12-09', 'LABEL', null, 'EPG Online (FDA data); a DailyMed-based drug profile (GitHub); Skyscape and Drugline monographs', date '2026-12-01' where not exists (select 1 from source where code = 'S62');
insert into source_address (source_id, position, url) select id, 0, 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=6f3bdcc0-ffc8-4911-8c35-958c8103a2c5' from source where code = 'S62';
update source set title = 'GABLOFEN (baclofen injection, intrathecal), Piramal Critical Care; label updated 2025-03-28', kind = 'LABEL', note = null, read_via = 'MedLibrary; MPR (empr.com)' where code = 'S63';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S63', 'GABLOFEN (baclofen injection, intrathecal), Piramal Critical Care; label updated 2025-03-28', 'LABEL', null, 'MedLibrary; MPR (empr.com)', date '2026-12-01' where not exists (select 1 from source where code = 'S63');
insert into source_address (source_id, position, url) select id, 0, 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=00d3e846-dd92-448d-9ab8-6a07be823cc1' from source where code = 'S63';
update source set title = 'Wolf E, Kothari NR, Roberts JK, Sparks MA. Baclofen toxicity in kidney disease. Am J Kidney Dis 2018;71(2):275–280. PMID 28899601', kind = 'PUBLISHED_STUDY', note = null, read_via = null where code = 'S64';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S64', 'Wolf E, Kothari NR, Roberts JK, Sparks MA. Baclofen toxicity in kidney disease. Am J Kidney Dis 2018;71(2):275–280. PMID 28899601', 'PUBLISHED_STUDY', null, null, date '2026-12-01' where not exists (select 1 from source where code = 'S64');
insert into source_address (source_id, position, url) select id, 0, 'https://doi.org/10.1053/j.ajkd.2017.07.005' from source where code = 'S64';
update source set title = 'RxNorm (NLM), RxNav: baclofen, ingredient (TTY IN), RxCUI 1292', kind = 'STANDARD', note = null, read_via = null where code = 'S65';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S65', 'RxNorm (NLM), RxNav: baclofen, ingredient (TTY IN), RxCUI 1292', 'STANDARD', null, null, date '2026-12-01' where not exists (select 1 from source where code = 'S65');
insert into source_address (source_id, position, url) select id, 0, 'https://mor.nlm.nih.gov/RxNav/search?searchBy=RXCUI&searchTerm=1292' from source where code = 'S65';
insert into source_address (source_id, position, url) select id, 1, 'https://rxnav.nlm.nih.gov/REST/rxcui/1292/properties.json' from source where code = 'S65';
update source set title = 'WHO Collaborating Centre for Drug Statistics Methodology, ATC/DDD Index: M03BX01 baclofen (M03BX other centrally acting agents)', kind = 'STANDARD', note = null, read_via = null where code = 'S66';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S66', 'WHO Collaborating Centre for Drug Statistics Methodology, ATC/DDD Index: M03BX01 baclofen (M03BX other centrally acting agents)', 'STANDARD', null, null, date '2026-12-01' where not exists (select 1 from source where code = 'S66');
insert into source_address (source_id, position, url) select id, 0, 'https://atcddd.fhi.no/atc_ddd_index/?code=M03BX01' from source where code = 'S66';
update source set title = 'SNOMED CT International (SNOMED International): 387342009 |Baclofen (substance)|', kind = 'STANDARD', note = null, read_via = null where code = 'S67';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S67', 'SNOMED CT International (SNOMED International): 387342009 |Baclofen (substance)|', 'STANDARD', null, null, date '2026-12-01' where not exists (select 1 from source where code = 'S67');
insert into source_address (source_id, position, url) select id, 0, 'https://browser.ihtsdotools.org/?perspective=full&conceptId1=387342009' from source where code = 'S67';
update source set title = 'Amneal, Lyvispah product website (availability notice)', kind = 'MANUFACTURER', note = 'Manufacturer material.', read_via = 'a DailyMed-based drug profile (GitHub) that quotes it' where code = 'S68';
insert into source (code, title, kind, note, read_via, last_reviewed)
    select 'S68', 'Amneal, Lyvispah product website (availability notice)', 'MANUFACTURER', 'Manufacturer material.', 'a DailyMed-based drug profile (GitHub) that quotes it', date '2026-12-01' where not exists (select 1 from source where code = 'S68');
insert into source_address (source_id, position, url) select id, 0, 'https://www.lyvispah.com/' from source where code = 'S68';
update source set note = 'Cited only for what the articles claim, never as support for a fact; each claim is checked against the other sources.' where code = 'SEEDS';

-- Retired keys: each citation moves to the key(s) that now carry its fact, without duplicating a citation.
insert into v8_source_merge (retired, survivor, item_table, item_id) values
('S2x', 'S2', null, null),
('S5b', 'S5', null, null),
('S5c', 'S5', null, null),
('S6b', 'S6', null, null),
('S7b', 'S7', null, null),
('S10', 'S9', null, null),
('S11', 'S9', null, null),
('S16', 'S62', null, null),
('S17', 'S62', null, null),
('S49', 'S4', null, null),
('S56', 'S20', null, null),
('S18', 'S5', 'drug', 1),
('S18', 'S4', 'dosage_form', 4),
('S18', 'S4', 'dosage_form', 5),
('S18', 'S6', 'dosage_form', 6),
('S18', 'S5', 'dosage_form', 7),
('S18', 'S5', 'dosage_form', 8),
('S18', 'S5', 'dosage_form', 9),
('S18', 'S5', 'indication', 1),
('S18', 'S62', 'indication', 3),
('S18', 'S62', 'indication', 4),
('S18', 'S6', 'indication', 7),
('S18', 'S62', 'intrathecal_screening_dose', 1),
('S18', 'S62', 'intrathecal_screening_dose', 3),
('S18', 'S62', 'intrathecal_titration_limit', 1),
('S18', 'S62', 'intrathecal_titration_limit', 2),
('S18', 'S62', 'intrathecal_titration_limit', 3),
('S18', 'S62', 'intrathecal_titration_limit', 4),
('S18', 'S62', 'intrathecal_titration_limit', 5),
('S18', 'S62', 'intrathecal_titration_limit', 6),
('S18', 'S62', 'intrathecal_maintenance_range', 1),
('S18', 'S62', 'intrathecal_maintenance_range', 2),
('S18', 'S4', 'renal_band', 1),
('S18', 'S6', 'renal_band', 1),
('S18', 'S4', 'renal_band', 2),
('S18', 'S6', 'renal_band', 2),
('S18', 'S4', 'renal_band', 3),
('S18', 'S6', 'renal_band', 3),
('S18', 'S4', 'renal_band', 4),
('S18', 'S6', 'renal_band', 4),
('S18', 'S62', 'discontinuation_guidance', 7),
('S18', 'S62', 'safety_item', 5),
('S18', 'S4', 'safety_item', 15),
('S18', 'S6', 'safety_item', 15),
('S18', 'S62', 'safety_item', 15),
('S18', 'S4', 'safety_item', 16),
('S18', 'S6', 'safety_item', 16),
('S18', 'S62', 'safety_item', 22),
('S18', 'S62', 'interaction', 1),
('S18', 'S62', 'interaction', 14),
('S18', 'S5', 'guidance_note', 1),
('S18', 'S62', 'guidance_note', 1),
('S18', 'S4', 'guidance_note', 3),
('S18', 'S6', 'guidance_note', 3),
('S18', 'S4', 'guidance_note', 7),
('S18', 'S6', 'guidance_note', 7),
('S18', 'S62', 'guidance_note', 8),
('S18', 'S2', 'guidance_note', 11),
('S18', 'S4', 'guidance_note', 11),
('S18', 'S6', 'guidance_note', 11),
('S18', 'S2', 'guidance_note', 12),
('S18', 'S4', 'guidance_note', 12),
('S18', 'S5', 'guidance_note', 12),
('S18', 'S6', 'guidance_note', 12),
('S18', 'S4', 'guidance_note', 13),
('S18', 'S6', 'guidance_note', 13),
('S18', 'S6', 'guidance_note', 14),
('S18', 'S5', 'guidance_note', 15),
('S18', 'S4', 'guidance_note', 16),
('S18', 'S5', 'guidance_note', 16),
('S18', 'S6', 'guidance_note', 16),
('S18', 'S62', 'guidance_note', 17),
('S18', 'S63', 'guidance_note', 17),
('S18', 'S4', 'guidance_note', 18),
('S18', 'S6', 'guidance_note', 18),
('S18', 'S62', 'guidance_note', 18),
('S18', 'S4', 'guidance_note', 20),
('S18', 'S6', 'guidance_note', 20),
('S18', 'S62', 'guidance_note', 24),
('S18', 'S63', 'guidance_note', 24),
('S18', 'S62', 'guidance_note', 25),
('S18', 'S62', 'guidance_note', 26),
('S18', 'S62', 'guidance_note', 27),
('S18', 'S62', 'guidance_note', 28),
('S18', 'S5', 'claim_check', 2),
('S18', 'S4', 'claim_check', 18),
('S18', 'S6', 'claim_check', 18),
('S18', 'S5', 'claim_check', 19),
('S18', 'S4', null, null),
('S18', 'S5', null, null),
('S18', 'S6', null, null),
('S18', 'S62', null, null),
('S45', 'S62', 'indication', 3),
('S45', 'S9', 'indication', 6),
('S45', 'S9', 'indication', 7),
('S45', 'S9', 'indication', 8),
('S45', 'S62', 'guidance_note', 22),
('S45', 'S9', 'guidance_note', 36),
('S45', 'S9', 'claim_check', 20),
('S45', 'S62', 'claim_check', 20),
('S45', 'S9', null, null),
('S45', 'S62', null, null),
('S46', 'S62', 'indication', 3),
('S46', 'S63', 'indication', 3),
('S46', 'S62', 'indication', 4),
('S46', 'S63', 'indication', 4),
('S46', 'S62', 'guidance_note', 17),
('S46', 'S63', 'guidance_note', 17),
('S46', 'S62', 'guidance_note', 22),
('S46', 'S63', 'guidance_note', 22),
('S46', 'S62', null, null),
('S46', 'S63', null, null);
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'drug', j.drug_id, s.id from drug_source j
    join source r on r.id = j.source_id
    join v8_source_merge m on m.retired = r.code and (m.item_table is null or (m.item_table = 'drug' and m.item_id = j.drug_id))
    join source s on s.code = m.survivor
    where (m.item_table is not null or not exists (select 1 from v8_source_merge x where x.retired = r.code and x.item_table = 'drug' and x.item_id = j.drug_id))
    and not exists (select 1 from drug_source d where d.drug_id = j.drug_id and d.source_id = s.id);
insert into v8_touched (item_table, item_id) select distinct 'drug', drug_id from drug_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into drug_source_aud (drug_id, source_id, rev, revtype) select drug_id, source_id, (select max(id) from audit_revision), 2 from drug_source where source_id in (select id from source where code in (select retired from v8_source_merge));
delete from drug_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into drug_source (drug_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'drug';
insert into drug_source_aud (drug_id, source_id, rev, revtype) select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'drug';
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'dosage_form', j.dosage_form_id, s.id from dosage_form_source j
    join source r on r.id = j.source_id
    join v8_source_merge m on m.retired = r.code and (m.item_table is null or (m.item_table = 'dosage_form' and m.item_id = j.dosage_form_id))
    join source s on s.code = m.survivor
    where (m.item_table is not null or not exists (select 1 from v8_source_merge x where x.retired = r.code and x.item_table = 'dosage_form' and x.item_id = j.dosage_form_id))
    and not exists (select 1 from dosage_form_source d where d.dosage_form_id = j.dosage_form_id and d.source_id = s.id);
insert into v8_touched (item_table, item_id) select distinct 'dosage_form', dosage_form_id from dosage_form_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into dosage_form_source_aud (dosage_form_id, source_id, rev, revtype) select dosage_form_id, source_id, (select max(id) from audit_revision), 2 from dosage_form_source where source_id in (select id from source where code in (select retired from v8_source_merge));
delete from dosage_form_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into dosage_form_source (dosage_form_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'dosage_form';
insert into dosage_form_source_aud (dosage_form_id, source_id, rev, revtype) select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'dosage_form';
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'indication', j.indication_id, s.id from indication_source j
    join source r on r.id = j.source_id
    join v8_source_merge m on m.retired = r.code and (m.item_table is null or (m.item_table = 'indication' and m.item_id = j.indication_id))
    join source s on s.code = m.survivor
    where (m.item_table is not null or not exists (select 1 from v8_source_merge x where x.retired = r.code and x.item_table = 'indication' and x.item_id = j.indication_id))
    and not exists (select 1 from indication_source d where d.indication_id = j.indication_id and d.source_id = s.id);
insert into v8_touched (item_table, item_id) select distinct 'indication', indication_id from indication_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into indication_source_aud (indication_id, source_id, rev, revtype) select indication_id, source_id, (select max(id) from audit_revision), 2 from indication_source where source_id in (select id from source where code in (select retired from v8_source_merge));
delete from indication_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into indication_source (indication_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'indication';
insert into indication_source_aud (indication_id, source_id, rev, revtype) select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'indication';
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'titration_protocol', j.titration_protocol_id, s.id from titration_protocol_source j
    join source r on r.id = j.source_id
    join v8_source_merge m on m.retired = r.code and (m.item_table is null or (m.item_table = 'titration_protocol' and m.item_id = j.titration_protocol_id))
    join source s on s.code = m.survivor
    where (m.item_table is not null or not exists (select 1 from v8_source_merge x where x.retired = r.code and x.item_table = 'titration_protocol' and x.item_id = j.titration_protocol_id))
    and not exists (select 1 from titration_protocol_source d where d.titration_protocol_id = j.titration_protocol_id and d.source_id = s.id);
insert into v8_touched (item_table, item_id) select distinct 'titration_protocol', titration_protocol_id from titration_protocol_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into titration_protocol_source_aud (titration_protocol_id, source_id, rev, revtype) select titration_protocol_id, source_id, (select max(id) from audit_revision), 2 from titration_protocol_source where source_id in (select id from source where code in (select retired from v8_source_merge));
delete from titration_protocol_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into titration_protocol_source (titration_protocol_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'titration_protocol';
insert into titration_protocol_source_aud (titration_protocol_id, source_id, rev, revtype) select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'titration_protocol';
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'intrathecal_screening_dose', j.intrathecal_screening_dose_id, s.id from intrathecal_screening_dose_source j
    join source r on r.id = j.source_id
    join v8_source_merge m on m.retired = r.code and (m.item_table is null or (m.item_table = 'intrathecal_screening_dose' and m.item_id = j.intrathecal_screening_dose_id))
    join source s on s.code = m.survivor
    where (m.item_table is not null or not exists (select 1 from v8_source_merge x where x.retired = r.code and x.item_table = 'intrathecal_screening_dose' and x.item_id = j.intrathecal_screening_dose_id))
    and not exists (select 1 from intrathecal_screening_dose_source d where d.intrathecal_screening_dose_id = j.intrathecal_screening_dose_id and d.source_id = s.id);
insert into v8_touched (item_table, item_id) select distinct 'intrathecal_screening_dose', intrathecal_screening_dose_id from intrathecal_screening_dose_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into intrathecal_screening_dose_source_aud (intrathecal_screening_dose_id, source_id, rev, revtype) select intrathecal_screening_dose_id, source_id, (select max(id) from audit_revision), 2 from intrathecal_screening_dose_source where source_id in (select id from source where code in (select retired from v8_source_merge));
delete from intrathecal_screening_dose_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into intrathecal_screening_dose_source (intrathecal_screening_dose_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'intrathecal_screening_dose';
insert into intrathecal_screening_dose_source_aud (intrathecal_screening_dose_id, source_id, rev, revtype) select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'intrathecal_screening_dose';
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'intrathecal_titration_limit', j.intrathecal_titration_limit_id, s.id from intrathecal_titration_limit_source j
    join source r on r.id = j.source_id
    join v8_source_merge m on m.retired = r.code and (m.item_table is null or (m.item_table = 'intrathecal_titration_limit' and m.item_id = j.intrathecal_titration_limit_id))
    join source s on s.code = m.survivor
    where (m.item_table is not null or not exists (select 1 from v8_source_merge x where x.retired = r.code and x.item_table = 'intrathecal_titration_limit' and x.item_id = j.intrathecal_titration_limit_id))
    and not exists (select 1 from intrathecal_titration_limit_source d where d.intrathecal_titration_limit_id = j.intrathecal_titration_limit_id and d.source_id = s.id);
insert into v8_touched (item_table, item_id) select distinct 'intrathecal_titration_limit', intrathecal_titration_limit_id from intrathecal_titration_limit_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into intrathecal_titration_limit_source_aud (intrathecal_titration_limit_id, source_id, rev, revtype) select intrathecal_titration_limit_id, source_id, (select max(id) from audit_revision), 2 from intrathecal_titration_limit_source where source_id in (select id from source where code in (select retired from v8_source_merge));
delete from intrathecal_titration_limit_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into intrathecal_titration_limit_source (intrathecal_titration_limit_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'intrathecal_titration_limit';
insert into intrathecal_titration_limit_source_aud (intrathecal_titration_limit_id, source_id, rev, revtype) select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'intrathecal_titration_limit';
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'intrathecal_maintenance_range', j.intrathecal_maintenance_range_id, s.id from intrathecal_maintenance_range_source j
    join source r on r.id = j.source_id
    join v8_source_merge m on m.retired = r.code and (m.item_table is null or (m.item_table = 'intrathecal_maintenance_range' and m.item_id = j.intrathecal_maintenance_range_id))
    join source s on s.code = m.survivor
    where (m.item_table is not null or not exists (select 1 from v8_source_merge x where x.retired = r.code and x.item_table = 'intrathecal_maintenance_range' and x.item_id = j.intrathecal_maintenance_range_id))
    and not exists (select 1 from intrathecal_maintenance_range_source d where d.intrathecal_maintenance_range_id = j.intrathecal_maintenance_range_id and d.source_id = s.id);
insert into v8_touched (item_table, item_id) select distinct 'intrathecal_maintenance_range', intrathecal_maintenance_range_id from intrathecal_maintenance_range_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into intrathecal_maintenance_range_source_aud (intrathecal_maintenance_range_id, source_id, rev, revtype) select intrathecal_maintenance_range_id, source_id, (select max(id) from audit_revision), 2 from intrathecal_maintenance_range_source where source_id in (select id from source where code in (select retired from v8_source_merge));
delete from intrathecal_maintenance_range_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into intrathecal_maintenance_range_source (intrathecal_maintenance_range_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'intrathecal_maintenance_range';
insert into intrathecal_maintenance_range_source_aud (intrathecal_maintenance_range_id, source_id, rev, revtype) select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'intrathecal_maintenance_range';
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'renal_band', j.renal_band_id, s.id from renal_band_source j
    join source r on r.id = j.source_id
    join v8_source_merge m on m.retired = r.code and (m.item_table is null or (m.item_table = 'renal_band' and m.item_id = j.renal_band_id))
    join source s on s.code = m.survivor
    where (m.item_table is not null or not exists (select 1 from v8_source_merge x where x.retired = r.code and x.item_table = 'renal_band' and x.item_id = j.renal_band_id))
    and not exists (select 1 from renal_band_source d where d.renal_band_id = j.renal_band_id and d.source_id = s.id);
insert into v8_touched (item_table, item_id) select distinct 'renal_band', renal_band_id from renal_band_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into renal_band_source_aud (renal_band_id, source_id, rev, revtype) select renal_band_id, source_id, (select max(id) from audit_revision), 2 from renal_band_source where source_id in (select id from source where code in (select retired from v8_source_merge));
delete from renal_band_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into renal_band_source (renal_band_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'renal_band';
insert into renal_band_source_aud (renal_band_id, source_id, rev, revtype) select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'renal_band';
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'discontinuation_guidance', j.discontinuation_guidance_id, s.id from discontinuation_guidance_source j
    join source r on r.id = j.source_id
    join v8_source_merge m on m.retired = r.code and (m.item_table is null or (m.item_table = 'discontinuation_guidance' and m.item_id = j.discontinuation_guidance_id))
    join source s on s.code = m.survivor
    where (m.item_table is not null or not exists (select 1 from v8_source_merge x where x.retired = r.code and x.item_table = 'discontinuation_guidance' and x.item_id = j.discontinuation_guidance_id))
    and not exists (select 1 from discontinuation_guidance_source d where d.discontinuation_guidance_id = j.discontinuation_guidance_id and d.source_id = s.id);
insert into v8_touched (item_table, item_id) select distinct 'discontinuation_guidance', discontinuation_guidance_id from discontinuation_guidance_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into discontinuation_guidance_source_aud (discontinuation_guidance_id, source_id, rev, revtype) select discontinuation_guidance_id, source_id, (select max(id) from audit_revision), 2 from discontinuation_guidance_source where source_id in (select id from source where code in (select retired from v8_source_merge));
delete from discontinuation_guidance_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into discontinuation_guidance_source (discontinuation_guidance_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'discontinuation_guidance';
insert into discontinuation_guidance_source_aud (discontinuation_guidance_id, source_id, rev, revtype) select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'discontinuation_guidance';
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'safety_item', j.safety_item_id, s.id from safety_item_source j
    join source r on r.id = j.source_id
    join v8_source_merge m on m.retired = r.code and (m.item_table is null or (m.item_table = 'safety_item' and m.item_id = j.safety_item_id))
    join source s on s.code = m.survivor
    where (m.item_table is not null or not exists (select 1 from v8_source_merge x where x.retired = r.code and x.item_table = 'safety_item' and x.item_id = j.safety_item_id))
    and not exists (select 1 from safety_item_source d where d.safety_item_id = j.safety_item_id and d.source_id = s.id);
insert into v8_touched (item_table, item_id) select distinct 'safety_item', safety_item_id from safety_item_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into safety_item_source_aud (safety_item_id, source_id, rev, revtype) select safety_item_id, source_id, (select max(id) from audit_revision), 2 from safety_item_source where source_id in (select id from source where code in (select retired from v8_source_merge));
delete from safety_item_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into safety_item_source (safety_item_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'safety_item';
insert into safety_item_source_aud (safety_item_id, source_id, rev, revtype) select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'safety_item';
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'severity_level', j.severity_level_id, s.id from severity_level_source j
    join source r on r.id = j.source_id
    join v8_source_merge m on m.retired = r.code and (m.item_table is null or (m.item_table = 'severity_level' and m.item_id = j.severity_level_id))
    join source s on s.code = m.survivor
    where (m.item_table is not null or not exists (select 1 from v8_source_merge x where x.retired = r.code and x.item_table = 'severity_level' and x.item_id = j.severity_level_id))
    and not exists (select 1 from severity_level_source d where d.severity_level_id = j.severity_level_id and d.source_id = s.id);
insert into v8_touched (item_table, item_id) select distinct 'severity_level', severity_level_id from severity_level_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into severity_level_source_aud (severity_level_id, source_id, rev, revtype) select severity_level_id, source_id, (select max(id) from audit_revision), 2 from severity_level_source where source_id in (select id from source where code in (select retired from v8_source_merge));
delete from severity_level_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into severity_level_source (severity_level_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'severity_level';
insert into severity_level_source_aud (severity_level_id, source_id, rev, revtype) select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'severity_level';
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'interaction', j.interaction_id, s.id from interaction_source j
    join source r on r.id = j.source_id
    join v8_source_merge m on m.retired = r.code and (m.item_table is null or (m.item_table = 'interaction' and m.item_id = j.interaction_id))
    join source s on s.code = m.survivor
    where (m.item_table is not null or not exists (select 1 from v8_source_merge x where x.retired = r.code and x.item_table = 'interaction' and x.item_id = j.interaction_id))
    and not exists (select 1 from interaction_source d where d.interaction_id = j.interaction_id and d.source_id = s.id);
insert into v8_touched (item_table, item_id) select distinct 'interaction', interaction_id from interaction_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into interaction_source_aud (interaction_id, source_id, rev, revtype) select interaction_id, source_id, (select max(id) from audit_revision), 2 from interaction_source where source_id in (select id from source where code in (select retired from v8_source_merge));
delete from interaction_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into interaction_source (interaction_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'interaction';
insert into interaction_source_aud (interaction_id, source_id, rev, revtype) select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'interaction';
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'adverse_effect', j.adverse_effect_id, s.id from adverse_effect_source j
    join source r on r.id = j.source_id
    join v8_source_merge m on m.retired = r.code and (m.item_table is null or (m.item_table = 'adverse_effect' and m.item_id = j.adverse_effect_id))
    join source s on s.code = m.survivor
    where (m.item_table is not null or not exists (select 1 from v8_source_merge x where x.retired = r.code and x.item_table = 'adverse_effect' and x.item_id = j.adverse_effect_id))
    and not exists (select 1 from adverse_effect_source d where d.adverse_effect_id = j.adverse_effect_id and d.source_id = s.id);
insert into v8_touched (item_table, item_id) select distinct 'adverse_effect', adverse_effect_id from adverse_effect_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into adverse_effect_source_aud (adverse_effect_id, source_id, rev, revtype) select adverse_effect_id, source_id, (select max(id) from audit_revision), 2 from adverse_effect_source where source_id in (select id from source where code in (select retired from v8_source_merge));
delete from adverse_effect_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into adverse_effect_source (adverse_effect_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'adverse_effect';
insert into adverse_effect_source_aud (adverse_effect_id, source_id, rev, revtype) select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'adverse_effect';
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'guidance_note', j.guidance_note_id, s.id from guidance_note_source j
    join source r on r.id = j.source_id
    join v8_source_merge m on m.retired = r.code and (m.item_table is null or (m.item_table = 'guidance_note' and m.item_id = j.guidance_note_id))
    join source s on s.code = m.survivor
    where (m.item_table is not null or not exists (select 1 from v8_source_merge x where x.retired = r.code and x.item_table = 'guidance_note' and x.item_id = j.guidance_note_id))
    and not exists (select 1 from guidance_note_source d where d.guidance_note_id = j.guidance_note_id and d.source_id = s.id);
insert into v8_touched (item_table, item_id) select distinct 'guidance_note', guidance_note_id from guidance_note_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into guidance_note_source_aud (guidance_note_id, source_id, rev, revtype) select guidance_note_id, source_id, (select max(id) from audit_revision), 2 from guidance_note_source where source_id in (select id from source where code in (select retired from v8_source_merge));
delete from guidance_note_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into guidance_note_source (guidance_note_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'guidance_note';
insert into guidance_note_source_aud (guidance_note_id, source_id, rev, revtype) select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'guidance_note';
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'claim_check', j.claim_check_id, s.id from claim_check_source j
    join source r on r.id = j.source_id
    join v8_source_merge m on m.retired = r.code and (m.item_table is null or (m.item_table = 'claim_check' and m.item_id = j.claim_check_id))
    join source s on s.code = m.survivor
    where (m.item_table is not null or not exists (select 1 from v8_source_merge x where x.retired = r.code and x.item_table = 'claim_check' and x.item_id = j.claim_check_id))
    and not exists (select 1 from claim_check_source d where d.claim_check_id = j.claim_check_id and d.source_id = s.id);
insert into v8_touched (item_table, item_id) select distinct 'claim_check', claim_check_id from claim_check_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into claim_check_source_aud (claim_check_id, source_id, rev, revtype) select claim_check_id, source_id, (select max(id) from audit_revision), 2 from claim_check_source where source_id in (select id from source where code in (select retired from v8_source_merge));
delete from claim_check_source where source_id in (select id from source where code in (select retired from v8_source_merge));
insert into claim_check_source (claim_check_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'claim_check';
insert into claim_check_source_aud (claim_check_id, source_id, rev, revtype) select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'claim_check';
insert into source_aud (reviewed_by, last_reviewed, id, code, note, title, kind, read_via, rev, revtype)
    select reviewed_by, last_reviewed, id, code, note, title, kind, read_via, (select max(id) from audit_revision), 2 from source where code in (select retired from v8_source_merge);
delete from source where code in (select retired from v8_source_merge);

-- Drug codes cite their terminology publishers (fact sheet section 11).
alter table drug add column rxnorm_source_id bigint references source (id);
alter table drug_aud add column rxnorm_source_id bigint;
alter table drug add column atc_source_id bigint references source (id);
alter table drug_aud add column atc_source_id bigint;
alter table drug add column snomed_ct_source_id bigint references source (id);
alter table drug_aud add column snomed_ct_source_id bigint;
update drug set rxnorm_source_id = (select id from source where code = 'S65'), atc_source_id = (select id from source where code = 'S66'),
    snomed_ct_source_id = (select id from source where code = 'S67') where id = 1;
insert into v8_touched (item_table, item_id) values ('drug', 1);
insert into v8_cite (item_table, item_id, source_code) values ('drug', 1, 'S65'), ('drug', 1, 'S66'), ('drug', 1, 'S67');
-- Wording: the pages speak in an editorial voice; how a source was obtained is not content.
-- Tablets: scoring is labeler-specific; "with milk" is dropped (the monograph says food only).
update dosage_form set notes = 'Oral tablet. Scoring depends on the labeler: the Chartwell and Zydus 10 mg and 20 mg tablets are scored, but their 5 mg tablets are not described as scored, so check the How Supplied section of the dispensed product before advising a part tablet. If the stomach is upset, doses can be taken with food (Canadian monograph).' where id = 1;
insert into v8_touched (item_table, item_id) values ('dosage_form', 1);
insert into v8_cite (item_table, item_id, source_code) values ('dosage_form', 1, 'S1'), ('dosage_form', 1, 'S1b'), ('dosage_form', 1, 'S20');
update dosage_form set notes = 'Oral tablet. Scoring depends on the labeler: the Chartwell and Zydus 10 mg and 20 mg tablets are scored, but their 5 mg tablets are not described as scored, so check the How Supplied section of the dispensed product before advising a part tablet. If the stomach is upset, doses can be taken with food (Canadian monograph).' where id = 2;
insert into v8_touched (item_table, item_id) values ('dosage_form', 2);
insert into v8_cite (item_table, item_id, source_code) values ('dosage_form', 2, 'S1'), ('dosage_form', 2, 'S1b'), ('dosage_form', 2, 'S20');
update dosage_form set notes = 'Oral tablet. Scoring depends on the labeler: the Chartwell and Zydus 10 mg and 20 mg tablets are scored, but their 5 mg tablets are not described as scored, so check the How Supplied section of the dispensed product before advising a part tablet. If the stomach is upset, doses can be taken with food (Canadian monograph).' where id = 3;
insert into v8_touched (item_table, item_id) values ('dosage_form', 3);
insert into v8_cite (item_table, item_id, source_code) values ('dosage_form', 3, 'S1'), ('dosage_form', 3, 'S1b'), ('dosage_form', 3, 'S20');
-- Lyvispah: availability is uncertain; the notice is Amneal's own (S68).
update dosage_form set notes = 'Oral granules in single-dose packets; give whole packets, so Lyvispah cannot give a dose below 5 mg. The granules can be emptied straight into the mouth, or stirred into up to 15 mL of liquid or soft food and taken within 2 hours. Feeding-tube minimum sizes: nasogastric 8 Fr, gastrostomy 12 Fr, PEG 14 Fr, gastrojejunostomy 16 Fr. Availability is uncertain: Amneal''s product site gives 30 June 2025 as the end of distribution and promotion, leaving remaining pharmacy stock, and a DailyMed label does not show that a product is on the market. Confirm supply before prescribing.' where id = 7;
insert into v8_touched (item_table, item_id) values ('dosage_form', 7);
insert into v8_cite (item_table, item_id, source_code) values ('dosage_form', 7, 'S5'), ('dosage_form', 7, 'S68');
update dosage_form set notes = 'Oral granules in single-dose packets; give whole packets, so Lyvispah cannot give a dose below 5 mg. The granules can be emptied straight into the mouth, or stirred into up to 15 mL of liquid or soft food and taken within 2 hours. Feeding-tube minimum sizes: nasogastric 8 Fr, gastrostomy 12 Fr, PEG 14 Fr, gastrojejunostomy 16 Fr. Availability is uncertain: Amneal''s product site gives 30 June 2025 as the end of distribution and promotion, leaving remaining pharmacy stock, and a DailyMed label does not show that a product is on the market. Confirm supply before prescribing.' where id = 8;
insert into v8_touched (item_table, item_id) values ('dosage_form', 8);
insert into v8_cite (item_table, item_id, source_code) values ('dosage_form', 8, 'S5'), ('dosage_form', 8, 'S68');
update dosage_form set notes = 'Oral granules in single-dose packets; give whole packets, so Lyvispah cannot give a dose below 5 mg. The granules can be emptied straight into the mouth, or stirred into up to 15 mL of liquid or soft food and taken within 2 hours. Feeding-tube minimum sizes: nasogastric 8 Fr, gastrostomy 12 Fr, PEG 14 Fr, gastrojejunostomy 16 Fr. Availability is uncertain: Amneal''s product site gives 30 June 2025 as the end of distribution and promotion, leaving remaining pharmacy stock, and a DailyMed label does not show that a product is on the market. Confirm supply before prescribing.' where id = 9;
insert into v8_touched (item_table, item_id) values ('dosage_form', 9);
insert into v8_cite (item_table, item_id, source_code) values ('dosage_form', 9, 'S5'), ('dosage_form', 9, 'S68');

-- Indications
update indication set details = replace(details, 'The NICE multiple sclerosis guideline (NG220) is reported by a secondary summary to name baclofen or gabapentin as first-line drugs for MS spasticity; the guideline''s own wording was not read and is unverified.', 'NICE''s guideline on multiple sclerosis in adults (NG220) names baclofen or gabapentin as the first-line drugs for MS spasticity.') where id = 1;
insert into v8_touched (item_table, item_id) values ('indication', 1);
insert into v8_cite (item_table, item_id, source_code) values ('indication', 1, 'S43');
update indication set details = replace(details, 'All US oral labels read carry', 'All US oral labels carry') where id = 2;
insert into v8_touched (item_table, item_id) values ('indication', 2);
update indication set details = replace(details, 'Every current US oral label read states', 'Every current US oral label states') where id = 5;
insert into v8_touched (item_table, item_id) values ('indication', 5);
update indication set details = replace(details, 'No source read offers evidence of benefit for this use.', 'None of the cited sources reports a benefit for this use.') where id = 5;
insert into v8_touched (item_table, item_id) values ('indication', 5);
update indication set details = replace(details, 'Not a labeled indication anywhere in the sources read.', 'No label lists it as an indication.') where id = 9;
insert into v8_touched (item_table, item_id) values ('indication', 9);
update indication set details = replace(details, 'are not supported by the sources read.', 'are not supported by the cited sources.') where id = 11;
insert into v8_touched (item_table, item_id) values ('indication', 11);
update indication set details = replace(details, 'The AAN-EFNS 2008 guideline was read only as far as its front matter, so its level of recommendation for baclofen is unverified.', 'The AAN-EFNS guideline (2008) says carbamazepine (Level A) or oxcarbazepine (Level B) should be offered first, and that baclofen and lamotrigine may be considered (Level C).') where id = 12;
insert into v8_touched (item_table, item_id) values ('indication', 12);
update indication set details = replace(details, '

The wording of the ACG 2022 guideline on baclofen was not reached in the excerpt read and is unverified.', '') where id = 13;
insert into v8_touched (item_table, item_id) values ('indication', 13);
update indication set summary = replace(summary, 'no trial of baclofen in fibromyalgia was found', 'the cited sources report no trial of baclofen in fibromyalgia') where id = 14;
insert into v8_touched (item_table, item_id) values ('indication', 14);
update indication set details = replace(details, 'No clinical trial of baclofen in fibromyalgia was found in the sources searched.', 'The cited sources report no clinical trial of baclofen in fibromyalgia.') where id = 14;
insert into v8_touched (item_table, item_id) values ('indication', 14);
update indication set evidence = 'INSUFFICIENT', summary = 'Lexicomp lists musculoskeletal pain, including low back pain, as an off-label adjunctive use; the cited sources give no trial results or dose for it, so a benefit is not established.', details = 'Lexicomp tags musculoskeletal pain and low back pain as an off-label adjunctive use. None of the cited sources reports a trial or a dose for this use, so no evidence grade is given here.

Note that the US labels exclude muscle spasm caused by rheumatic disorders.' where id = 15;
insert into v8_touched (item_table, item_id) values ('indication', 15);
update indication set details = replace(details, 'Most patients are maintained on about 90-703 mcg/day.', 'Most patients are maintained on about 90-703 mcg/day, and the label''s overall range is 22-1400 mcg/day.') where id = 4;
insert into v8_touched (item_table, item_id) values ('indication', 4);
update indication set details = replace(details, 'and little experience above 1000 mcg/day.', 'and limited experience above 1000 mcg/day, which the label does not set as a maximum.') where id = 3;
insert into v8_touched (item_table, item_id) values ('indication', 3);

-- Intrathecal maintenance: the cerebral-origin range is in the label; 1000 mcg/day is limited experience, not a maximum.
update intrathecal_maintenance_range set note = 'Most patients are maintained on 300-800 mcg/day; doses in the clinical trials ranged from 12 to 2003 mcg/day. The Lioresal Intrathecal label reports limited experience above 1000 mcg/day but sets no maximum. Medscape presents 1000 mcg/day as a dose not to exceed; this reference follows the label and flags doses above 1000 mcg/day for specialist review as limited experience, not as a labeled maximum.' where id = 1;
insert into v8_touched (item_table, item_id) values ('intrathecal_maintenance_range', 1);
insert into v8_cite (item_table, item_id, source_code) values ('intrathecal_maintenance_range', 1, 'S62'), ('intrathecal_maintenance_range', 1, 'S15');
update intrathecal_maintenance_range set observed_min_mcg_per_day = 22, observed_max_mcg_per_day = 1400 where id = 2;
update intrathecal_maintenance_range set note = 'Most patients are maintained on 90-703 mcg/day; the overall range in the Lioresal Intrathecal label is 22-1400 mcg/day. Doses above 1000 mcg/day are limited experience, not a labeled maximum.' where id = 2;
insert into v8_touched (item_table, item_id) values ('intrathecal_maintenance_range', 2);
insert into v8_cite (item_table, item_id, source_code) values ('intrathecal_maintenance_range', 2, 'S62');
insert into v8_cite (item_table, item_id, source_code) values ('intrathecal_maintenance_range', 3, 'S63');

-- Intrathecal discontinuation: the label's slow reduction replaces the dropped pump-removal detail.
update discontinuation_guidance set title = 'Intrathecal therapy: never stop abruptly; reduce slowly when ending it', advice = 'Intrathecal delivery must not be interrupted suddenly (see the boxed warning on abrupt discontinuation). When intrathecal therapy is ended on purpose, the label asks for the dose to be reduced slowly, except in an overdose emergency. Baclofen by mouth cannot be relied on to prevent or treat intrathecal withdrawal.' where id = 7;
insert into v8_touched (item_table, item_id) values ('discontinuation_guidance', 7);
insert into v8_cite (item_table, item_id, source_code) values ('discontinuation_guidance', 7, 'S62'), ('discontinuation_guidance', 7, 'S50'), ('discontinuation_guidance', 7, 'S12');

-- Safety items
update safety_item set advice = 'Labeling outside the US treats active peptic ulcer differently from the US labels: the UK baclofen tablet SmPC lists peptic ulceration as a contraindication, and other non-US labeling advises avoiding baclofen in active peptic ulcer because it stimulates gastric acid secretion. The US labels do not list it, and their only contraindication is hypersensitivity, so this reference, which follows the US labels, shows it as a precaution; where UK labeling applies it is a contraindication. A history of peptic ulcer is a separate precaution (see Precautions).' where id = 4;
insert into v8_touched (item_table, item_id) values ('safety_item', 4);
insert into v8_cite (item_table, item_id, source_code) values ('safety_item', 4, 'S47'), ('safety_item', 4, 'S21');
update safety_item set advice = replace(advice, 'Itching without a rash is regarded as strongly suggestive; untreated severe withdrawal can progress over 24-72 hours.', 'Itching is a frequent and useful early sign; the syndrome develops over 1 to 3 days and can become fulminant if it is not recognised.') where id = 5;
insert into v8_touched (item_table, item_id) values ('safety_item', 5);
insert into v8_cite (item_table, item_id, source_code) values ('safety_item', 5, 'S12'), ('safety_item', 5, 'S62'), ('safety_item', 5, 'S63'), ('safety_item', 5, 'S50');
update safety_item set advice = 'Seizure control may deteriorate in patients with epilepsy. This is a precaution calling for close clinical watch, not a contraindication: the generic tablet label asks for the clinical state and the EEG to be monitored at regular intervals in patients with epilepsy. In a series of children with cerebral palsy, 5 of 54 developed new seizures after oral baclofen was started.' where id = 12;
insert into v8_touched (item_table, item_id) values ('safety_item', 12);
insert into v8_cite (item_table, item_id, source_code) values ('safety_item', 12, 'S4'), ('safety_item', 12, 'S9'), ('safety_item', 12, 'S20'), ('safety_item', 12, 'S55');
update safety_item set advice = 'The current PLR oral labels include ovarian cysts among their warnings and precautions (section 5.9).' where id = 14;
insert into v8_touched (item_table, item_id) values ('safety_item', 14);
insert into v8_cite (item_table, item_id, source_code) values ('safety_item', 14, 'S4');
update safety_item set advice = 'A precaution, not a contraindication. Baclofen is cleared mainly unchanged by the kidneys, so the US labels (tablets, Ozobax, Ozobax DS, Fleqsuvy, the generic suspension, Lyvispah and Lioresal Intrathecal) advise caution and say a lower dose may be needed; they give no CrCl bands and no numeric reductions. People with kidney impairment can develop signs of overdose even at low oral doses. The renal bands this reference''s rules use come from a published PK study (Vlavonou et al.); see Renal dosing. On dialysis or in end-stage kidney disease the sources disagree: the Canadian monograph and the UK SmPC give about 5 mg/day, while a nephrology review advises avoiding baclofen at eGFR below 30 or on dialysis. Drugs.com grades renal dysfunction as a Major drug-disease interaction for baclofen. Checking kidney function is sensible; laboratories generally cannot measure baclofen blood levels for routine care.' where id = 15;
insert into v8_touched (item_table, item_id) values ('safety_item', 15);
insert into v8_cite (item_table, item_id, source_code) values ('safety_item', 15, 'S9'), ('safety_item', 15, 'S7'), ('safety_item', 15, 'S23'), ('safety_item', 15, 'S20'), ('safety_item', 15, 'S47'), ('safety_item', 15, 'S64'), ('safety_item', 15, 'S26');
update safety_item set advice = replace(advice, 'Confusion, dizziness and drowsiness are more common in older people. No label dose figures for older adults were found.', 'The cited US labels give no dose specific to older adults.') where id = 21;
insert into v8_touched (item_table, item_id) values ('safety_item', 21);
update safety_item set advice = 'Combining baclofen with opioids raises the risk of profound sedation, respiratory depression, coma and death: since 2016 the FDA has required opioid labels to carry a boxed warning about use with other CNS depressants. The Canadian monograph also names fainting. Drugs.com advises generally avoiding baclofen with tramadol. Low blood pressure has been reported with morphine given alongside intrathecal baclofen.' where id = 22;
insert into v8_touched (item_table, item_id) values ('safety_item', 22);
insert into v8_cite (item_table, item_id, source_code) values ('safety_item', 22, 'S60'), ('safety_item', 22, 'S61'), ('safety_item', 22, 'S20'), ('safety_item', 22, 'S27');
update safety_item set advice = 'Long-term dose escalation with oral baclofen appears modest: in a spinal cord injury database from one provider covering 25 years, the dose rose significantly but only slightly.' where id = 24;
insert into v8_touched (item_table, item_id) values ('safety_item', 24);
update safety_item set advice = replace(advice, ' It was formerly US pregnancy category C.', '') where id = 25;
insert into v8_touched (item_table, item_id) values ('safety_item', 25);

-- Guidance notes
update guidance_note set body = replace(body, '(DrugBank-derived summary)', '(DrugBank)') where id = 7;
insert into v8_touched (item_table, item_id) values ('guidance_note', 7);
update guidance_note set body = 'Lyvispah packets can be emptied directly into the mouth, or the contents mixed with no more than 15 mL of liquid or soft food and taken within 2 hours. Through feeding tubes, the minimum sizes are 8 Fr for nasogastric, 12 Fr for gastrostomy, 14 Fr for PEG and 16 Fr for gastrojejunostomy tubes. The smallest packet is 5 mg and the whole packet is given, so a 2.5 mg dose needs a measured oral liquid instead.

Availability is uncertain. Amneal''s product site gives 30 June 2025 as the end of distribution and promotion, leaving remaining pharmacy stock; a DailyMed label does not show that a product is on the market. Confirm supply before prescribing.' where id = 15;
insert into v8_touched (item_table, item_id) values ('guidance_note', 15);
insert into v8_cite (item_table, item_id, source_code) values ('guidance_note', 15, 'S5'), ('guidance_note', 15, 'S68');
update guidance_note set body = 'US labels (tablets, Ozobax, Ozobax DS, Fleqsuvy, the generic suspension, Lyvispah, Lioresal Intrathecal): give cautiously; the dose may have to be lowered, since the kidneys clear most of the drug unchanged. They give no CrCl bands and no numeric reductions. The April 2024 change to the generic 25 mg/5 mL suspension label concerns section 2.3 (administration) and adds no renal dosing.

Published PK study (Vlavonou et al. 2014; single 5 mg dose; Cockcroft-Gault CrCl): exposure (AUC) and half-life rose as CrCl fell, and the authors suggested average dose reductions of about one third at CrCl 50-80 mL/min (mild), one half at 30-50 (moderate) and two thirds below 30 (severe). Band edges: the top group is above 80, so a CrCl of exactly 80 falls in the mild band; the bottom group is below 30, so exactly 30 falls in the moderate band. A CrCl of exactly 50 appears in both the mild and the moderate ranges as published; by this reference''s own convention, not the study''s, it is placed in the more cautious moderate band (half the dose). The study did not include patients on dialysis, and its lowest band has no lower limit.

Dialysis and end-stage kidney disease: the US labels say nothing specific, and the other sources disagree. The Canadian monograph gives about 5 mg/day for patients on dialysis and allows use in end-stage renal failure only when the benefit outweighs the risk, with monitoring for toxicity; the UK SmPC gives the same figure of about 5 mg/day for impaired renal function or chronic haemodialysis. A nephrology case review (AJKD 2018) advises a lower dose at eGFR 30-60 mL/min/1.73 m2 and avoiding baclofen at eGFR below 30 or on renal replacement therapy. Toxicity has occurred on low doses in end-stage disease and no source gives a validated dialysis schedule: if baclofen is used, give the lowest dose and monitor closely.

This reference''s renal rules take their bands from the Vlavonou study, because the US labels, which the rules otherwise follow, give none; the bands are PK-based suggestions, not label text. The bands listed on this page show what the rules apply.' where id = 18;
insert into v8_touched (item_table, item_id) values ('guidance_note', 18);
insert into v8_cite (item_table, item_id, source_code) values ('guidance_note', 18, 'S9'), ('guidance_note', 18, 'S7'), ('guidance_note', 18, 'S23'), ('guidance_note', 18, 'S20'), ('guidance_note', 18, 'S47'), ('guidance_note', 18, 'S64');
update guidance_note set body = 'Older patients are more prone to adverse effects, and the Canadian monograph therefore recommends raising the dose with great care. The cited US labels give no dose specific to older adults.' where id = 21;
insert into v8_touched (item_table, item_id) values ('guidance_note', 21);
update guidance_note set body = replace(body, 'These figures come from promotional material and were not checked against trial data.', 'They are promotional figures, not trial results.') where id = 23;
insert into v8_touched (item_table, item_id) values ('guidance_note', 23);
update guidance_note set title = 'Doses above 1000 mcg/day: limited experience, not a maximum', body = 'The Lioresal Intrathecal label reports limited experience with doses above 1000 mcg/day but sets no maximum, and its overall range in cerebral-origin spasticity reaches 1400 mcg/day; in spinal-origin trials doses reached 2003 mcg/day. Medscape, by contrast, presents 1000 mcg/day as a dose not to exceed.

This reference follows the label: 1000 mcg/day is not a hard limit, and doses above it are flagged as limited experience for specialist review.' where id = 26;
insert into v8_touched (item_table, item_id) values ('guidance_note', 26);
insert into v8_cite (item_table, item_id, source_code) values ('guidance_note', 26, 'S62'), ('guidance_note', 26, 'S15');
insert into v8_uncite (item_table, item_id, source_code) values ('guidance_note', 26, 'S19');
update guidance_note set body = replace(body, 'Itching without rash is considered very suggestive. Untreated severe withdrawal can progress over 24-72 hours to', 'Itching is a frequent and useful early sign. The syndrome develops over 1 to 3 days and, if it is not recognised, can progress to') where id = 28;
insert into v8_touched (item_table, item_id) values ('guidance_note', 28);
insert into v8_cite (item_table, item_id, source_code) values ('guidance_note', 28, 'S12'), ('guidance_note', 28, 'S50'), ('guidance_note', 28, 'S62');
update guidance_note set body = replace(body, 'A secondary clinical note says withdrawal may appear 24-48 hours after the last dose.', 'An Australian clinical note puts the onset at 24-48 hours after the last dose.') where id = 29;
insert into v8_touched (item_table, item_id) values ('guidance_note', 29);
update guidance_note set title = 'How this reference rates interactions', body = 'The severities on this page are this reference''s own, assigned with the rubric at the top of the page from the wording of labels, regulators and guidelines. They are not Drugs.com''s, Lexicomp''s or any other vendor''s ratings and may differ from them. Opioids, alcohol, benzodiazepines, other CNS depressants and tizanidine are rated Major; every other listed interaction is Moderate.

For comparison, Drugs.com uses Major, Moderate, Minor and Unknown, and Lexicomp uses risk ratings from A (no known interaction) to X (avoid the combination) alongside severity and reliability ratings; both scales are summarised below the rubric.' where id = 31;
insert into v8_touched (item_table, item_id) values ('guidance_note', 31);
insert into v8_cite (item_table, item_id, source_code) values ('guidance_note', 31, 'S60'), ('guidance_note', 31, 'S29'), ('guidance_note', 31, 'S28');
update guidance_note set body = replace(body, ' A fourth entry exists (probably seizure disorders) but was not confirmed.', '') where id = 32;
insert into v8_touched (item_table, item_id) values ('guidance_note', 32);
update guidance_note set body = 'The manufacturer lists drowsiness or somnolence, light-headedness, dizziness, nausea and vomiting, low blood pressure, headache, seizures and hypotonia among the most common reactions to intrathecal baclofen, and sexual dysfunction has been reported. The intrathecal labels give percentages by trial population; those tables are not reproduced here.' where id = 35;
insert into v8_touched (item_table, item_id) values ('guidance_note', 35);
insert into v8_cite (item_table, item_id, source_code) values ('guidance_note', 35, 'S62'), ('guidance_note', 35, 'S63');
update guidance_note set body = replace(body, 'unverified for musculoskeletal and low back pain', 'not established for musculoskeletal and low back pain') where id = 37;
insert into v8_touched (item_table, item_id) values ('guidance_note', 37);

-- Claim checks: each names what it now rests on (item 12).
update claim_check set explanation = 'The article gives no citation and no such study can be traced; the figures look invented. It is cited here only to the seed article that makes it.' where id = 3;
insert into v8_touched (item_table, item_id) values ('claim_check', 3);
update claim_check set explanation = 'No citation is given and no such study can be traced. The US oral labels say only that baclofen may be of some value in spinal cord injury, with no such figures. It is cited here only to the seed article that makes it.' where id = 4;
insert into v8_touched (item_table, item_id) values ('claim_check', 4);
insert into v8_cite (item_table, item_id, source_code) values ('claim_check', 4, 'S8');
update claim_check set explanation = 'NICE writes guidelines; it does not run trials, and no such NICE figure or quotation can be traced. NICE''s guideline on multiple sclerosis in adults (NG220) names baclofen or gabapentin as the first-line drugs for MS spasticity.' where id = 5;
insert into v8_touched (item_table, item_id) values ('claim_check', 5);
update claim_check set explanation = 'Neither the organisation nor the survey can be traced, and no label or study gives such a figure. It is cited here only to the seed article that makes it.' where id = 6;
insert into v8_touched (item_table, item_id) values ('claim_check', 6);
update claim_check set explanation = 'No such survey can be traced, and no label or study gives such a figure. It is cited here only to the seed article that makes it.' where id = 8;
insert into v8_touched (item_table, item_id) values ('claim_check', 8);
update claim_check set explanation = replace(explanation, 'No reliable source for tablet prices was found, so those figures are unverified.', 'No reliable source gives tablet prices, so those figures are unsupported.') where id = 22;
insert into v8_touched (item_table, item_id) values ('claim_check', 22);
update claim_check set explanation = replace(explanation, 'No such study was found.', 'No such study can be traced.') where id = 7;
insert into v8_touched (item_table, item_id) values ('claim_check', 7);
update claim_check set explanation = replace(explanation, 'No trial of baclofen in fibromyalgia was found,', 'The cited sources report no trial of baclofen in fibromyalgia,') where id = 9;
insert into v8_touched (item_table, item_id) values ('claim_check', 9);
update claim_check set explanation = 'The quoted doctors and stories cannot be traced and are anecdotes, not evidence. They are cited here only to the seed article that tells them.' where id = 32;
insert into v8_touched (item_table, item_id) values ('claim_check', 32);
update claim_check set verdict = 'UNSUPPORTED', explanation = 'These are not claims about baclofen, and no cited source gives these population figures; they are outside this reference''s scope. They are cited here only to the seed article that makes them.' where id = 33;
insert into v8_touched (item_table, item_id) values ('claim_check', 33);

-- Interaction ratings are this reference's own, given with its rubric (fact sheet section 6). The app's scale
-- becomes REFERENCE; Drugs.com's definitions stay on the page for comparison only.
update severity_level set scale = 'REFERENCE', label = 'Major', meaning = 'A label or regulator puts the combination under a boxed warning, or says to avoid it or not to combine the drugs; or a cited source names a life-threatening harm from the combination, such as respiratory depression or coma.' where id = 1;
insert into v8_touched (item_table, item_id) values ('severity_level', 1);
insert into v8_uncite (item_table, item_id, source_code) values ('severity_level', 1, 'S29');
insert into v8_cite (item_table, item_id, source_code) values ('severity_level', 1, 'S60'), ('severity_level', 1, 'S61'), ('severity_level', 1, 'S22');
update severity_level set scale = 'REFERENCE', label = 'Moderate', meaning = 'The labeling asks for caution, monitoring or a dose adjustment when the drugs are combined.' where id = 2;
insert into v8_touched (item_table, item_id) values ('severity_level', 2);
insert into v8_uncite (item_table, item_id, source_code) values ('severity_level', 2, 'S29');
insert into v8_cite (item_table, item_id, source_code) values ('severity_level', 2, 'S20'), ('severity_level', 2, 'S22');
update severity_level set scale = 'REFERENCE', label = 'Not rated', meaning = 'The cited sources give no basis for a rating. Not rated is not the same as harmless, and it ranks above Minor because an unrated combination may still be serious.' where id = 3;
insert into v8_touched (item_table, item_id) values ('severity_level', 3);
insert into v8_uncite (item_table, item_id, source_code) values ('severity_level', 3, 'S29');
insert into v8_cite (item_table, item_id, source_code) values ('severity_level', 3, 'S29');
update severity_level set scale = 'REFERENCE', label = 'Minor', meaning = 'The combination has little clinical significance, for example no meaningful change in either drug''s levels and no added effect.' where id = 4;
insert into v8_touched (item_table, item_id) values ('severity_level', 4);
insert into v8_uncite (item_table, item_id, source_code) values ('severity_level', 4, 'S29');
insert into v8_cite (item_table, item_id, source_code) values ('severity_level', 4, 'S57');
-- S29 stays on the Not rated level: uncite-then-cite of the same key would be no change.
delete from v8_uncite where item_table = 'severity_level' and item_id = 3;
delete from v8_cite where item_table = 'severity_level' and item_id = 3;
insert into severity_level (scale, code, label, meaning, rank, last_reviewed) values
('DRUGS_COM', 'MAJOR', 'Major', 'Drugs.com: highly clinically significant; avoid the combination.', 1, date '2026-12-01'),
('DRUGS_COM', 'MODERATE', 'Moderate', 'Drugs.com: moderately clinically significant; usually avoid the combination and use it only in special circumstances.', 2, date '2026-12-01'),
('DRUGS_COM', 'UNKNOWN', 'Unknown', 'Drugs.com: no interaction information is available.', 3, date '2026-12-01'),
('DRUGS_COM', 'MINOR', 'Minor', 'Drugs.com: minimally clinically significant; minimise the risk, for example by monitoring.', 4, date '2026-12-01');
insert into severity_level_source (severity_level_id, source_id) select l.id, s.id from severity_level l, source s where l.scale = 'DRUGS_COM' and s.code = 'S29';
insert into severity_level_aud (last_reviewed, rank, id, code, label, meaning, reviewed_by, scale, rev, revtype)
    select last_reviewed, rank, id, code, label, meaning, reviewed_by, scale, (select max(id) from audit_revision), 0 from severity_level where scale = 'DRUGS_COM';
insert into severity_level_source_aud (severity_level_id, source_id, rev, revtype)
    select j.severity_level_id, j.source_id, (select max(id) from audit_revision), 0 from severity_level_source j join severity_level l on l.id = j.severity_level_id where l.scale = 'DRUGS_COM';
update interaction set severity = 'MAJOR', severity_note = 'Major under this reference''s rubric: the FDA boxed-warning class text names respiratory depression, coma and death when opioids are combined with other CNS depressants.', effect = 'Combined depression of the central nervous system and of breathing: profound sedation, respiratory depression, coma and death. Since 2016 the FDA has required opioid labels to carry a boxed warning on use with benzodiazepines and other CNS depressants, and opioid labels such as tramadol''s carry it. With intrathecal baclofen, low blood pressure has been reported alongside morphine, and epidural morphine has been followed by low blood pressure and breathlessness.', management = 'Avoid the combination where possible (Drugs.com also advises generally avoiding baclofen with tramadol). If both are needed, use the lowest effective doses, watch closely for excessive sedation, slow or shallow breathing and low blood pressure, and tell the patient and caregivers which signs to look for.' where id = 1;
insert into v8_touched (item_table, item_id) values ('interaction', 1);
insert into v8_cite (item_table, item_id, source_code) values ('interaction', 1, 'S60'), ('interaction', 1, 'S61'), ('interaction', 1, 'S20'), ('interaction', 1, 'S22'), ('interaction', 1, 'S62'), ('interaction', 1, 'S27');
update interaction set severity = 'MAJOR', severity_note = 'Major under this reference''s rubric: non-US labels say CNS depressants raise the risk of respiratory depression. The rating concerns prescribing the two together, not monitored emergency treatment.', effect = 'Added depression of the central nervous system and of breathing, as with other CNS depressants; diazepam also makes baclofen overdose worse. Benzodiazepines are used, under monitoring, to treat seizures in baclofen overdose and withdrawal.' where id = 2;
insert into v8_touched (item_table, item_id) values ('interaction', 2);
insert into v8_cite (item_table, item_id, source_code) values ('interaction', 2, 'S47'), ('interaction', 2, 'S22'), ('interaction', 2, 'S7'), ('interaction', 2, 'S20');
update interaction set severity = 'MAJOR', severity_note = 'Major under this reference''s rubric: Swiss product information says to avoid alcohol, and non-US labels name a risk of respiratory depression.', effect = 'Added CNS depression and sedation. Swiss product information says the combined effect is unpredictable and alcohol should be avoided, and non-US labels say the risk of respiratory depression rises. Alcohol also makes baclofen overdose worse.' where id = 3;
insert into v8_touched (item_table, item_id) values ('interaction', 3);
insert into v8_cite (item_table, item_id, source_code) values ('interaction', 3, 'S22'), ('interaction', 3, 'S47'), ('interaction', 3, 'S7'), ('interaction', 3, 'S20');
update interaction set severity = 'MAJOR', severity_note = 'Major under this reference''s rubric: the US labels call the effects additive and non-US labels name respiratory depression. The member drugs listed are sedating medicines chosen to match medication lists; the sources name the class.', effect = 'Added sedation and a higher risk of respiratory depression when baclofen is combined with other sedating drugs: sedatives, hypnotics, anxiolytics and other muscle relaxants.', management = 'If combined, monitor for excess drowsiness and breathing problems, and, as non-US labels ask, respiratory and cardiovascular function; warn against driving until the effect is known.' where id = 4;
insert into v8_touched (item_table, item_id) values ('interaction', 4);
insert into v8_cite (item_table, item_id, source_code) values ('interaction', 4, 'S47'), ('interaction', 4, 'S22'), ('interaction', 4, 'S7');
update interaction set severity = 'MODERATE', severity_note = 'Moderate under this reference''s rubric: the labels describe a strengthened effect and ask for caution.' where id = 5;
insert into v8_touched (item_table, item_id) values ('interaction', 5);
insert into v8_cite (item_table, item_id, source_code) values ('interaction', 5, 'S20'), ('interaction', 5, 'S22');
update interaction set severity = 'MODERATE', severity_note = 'Moderate under this reference''s rubric: the Canadian monograph asks for the dose of one or both drugs to be adjusted.' where id = 6;
insert into v8_touched (item_table, item_id) values ('interaction', 6);
insert into v8_cite (item_table, item_id, source_code) values ('interaction', 6, 'S20');
update interaction set severity = 'MODERATE', severity_note = 'Moderate under this reference''s rubric: the labels ask for the antihypertensive dose to be adjusted.' where id = 7;
insert into v8_touched (item_table, item_id) values ('interaction', 7);
insert into v8_cite (item_table, item_id, source_code) values ('interaction', 7, 'S20'), ('interaction', 7, 'S22');
update interaction set severity = 'MODERATE', severity_note = 'Moderate under this reference''s rubric: the labels warn of confusion and hallucinations and ask for caution.' where id = 8;
insert into v8_touched (item_table, item_id) values ('interaction', 8);
insert into v8_cite (item_table, item_id, source_code) values ('interaction', 8, 'S20'), ('interaction', 8, 'S22');
update interaction set severity = 'MODERATE', severity_note = 'Moderate under this reference''s rubric: Swiss product information asks for caution.' where id = 9;
insert into v8_touched (item_table, item_id) values ('interaction', 9);
insert into v8_cite (item_table, item_id, source_code) values ('interaction', 9, 'S22'), ('interaction', 9, 'S20');
update interaction set severity = 'MODERATE', severity_note = 'Moderate under this reference''s rubric: the labels describe potentiated CNS effects and ask for caution.', effect = 'Baclofen may potentiate the central nervous system effects of anesthetics, and treatment with baclofen beforehand may prolong fentanyl-induced anaesthesia.' where id = 10;
insert into v8_touched (item_table, item_id) values ('interaction', 10);
insert into v8_cite (item_table, item_id, source_code) values ('interaction', 10, 'S20'), ('interaction', 10, 'S47');
update interaction set severity = 'MODERATE', severity_note = 'Moderate under this reference''s rubric: the Canadian monograph says the antidiabetic dose may need adjusting.' where id = 11;
insert into v8_touched (item_table, item_id) values ('interaction', 11);
insert into v8_cite (item_table, item_id, source_code) values ('interaction', 11, 'S20');
update interaction set severity = 'MODERATE', severity_note = 'Moderate under this reference''s rubric: the Canadian monograph asks for caution.', effect = 'The Canadian monograph advises caution when baclofen is combined with neuromuscular blocking agents; it does not describe the mechanism or the size of the effect.' where id = 12;
insert into v8_touched (item_table, item_id) values ('interaction', 12);
insert into v8_cite (item_table, item_id, source_code) values ('interaction', 12, 'S20');
update interaction set severity = 'MODERATE', severity_note = 'Moderate under this reference''s rubric: baclofen is cleared by the kidneys and the US labels ask for caution, and possibly a lower dose, in renal impairment. No member drugs are listed because the cited leaflet names none.', effect = 'Brazilian labeling lists drugs that reduce renal function as an interaction without naming particular drugs. Because baclofen is cleared mainly unchanged by the kidneys, reduced renal function can raise its levels and cause toxicity.' where id = 13;
insert into v8_touched (item_table, item_id) values ('interaction', 13);
insert into v8_cite (item_table, item_id, source_code) values ('interaction', 13, 'S58'), ('interaction', 13, 'S9'), ('interaction', 13, 'S20');
update interaction set severity = 'MODERATE', severity_note = 'Moderate under this reference''s rubric: the label notes inadequate systematic experience and asks for monitoring.', effect = 'There is little systematic experience with other drugs given intrathecally alongside baclofen, and inflammatory masses at the catheter tip have been reported with intrathecal analgesic admixtures.' where id = 14;
insert into v8_touched (item_table, item_id) values ('interaction', 14);
insert into v8_cite (item_table, item_id, source_code) values ('interaction', 14, 'S62');
update interaction set severity = 'MAJOR', severity_note = 'Major under this reference''s rubric: the pharmacokinetics alone would be Minor, but the CNS-depressant risk the labels name governs the rating.', interactant = 'Tizanidine', effect = 'In a steady-state study in 15 healthy volunteers, neither drug changed the other''s pharmacokinetics by more than 30%. Both depress the central nervous system, so added sedation is expected, and non-US labels name tizanidine among the muscle relaxants that raise the risk of respiratory depression.', management = 'No dose change is needed on pharmacokinetic grounds. Manage the combination as for other CNS depressants: monitor for excess sedation and breathing problems.' where id = 15;
insert into v8_touched (item_table, item_id) values ('interaction', 15);
insert into v8_cite (item_table, item_id, source_code) values ('interaction', 15, 'S57'), ('interaction', 15, 'S47');

-- Re-sourced facts: withdraw and add the citations listed above, recording each in the audit tables.
delete from v8_new_citation;
insert into v8_touched (item_table, item_id) select item_table, item_id from v8_cite where item_table = 'drug'
    union select item_table, item_id from v8_uncite where item_table = 'drug';
insert into drug_source_aud (drug_id, source_id, rev, revtype)
    select j.drug_id, j.source_id, (select max(id) from audit_revision), 2 from drug_source j join source s on s.id = j.source_id
    join v8_uncite u on u.item_table = 'drug' and u.item_id = j.drug_id and u.source_code = s.code;
delete from drug_source where exists (select 1 from v8_uncite u join source s on s.code = u.source_code
    where u.item_table = 'drug' and u.item_id = drug_source.drug_id and s.id = drug_source.source_id);
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'drug', c.item_id, s.id from v8_cite c join source s on s.code = c.source_code
    where c.item_table = 'drug' and not exists (select 1 from drug_source d where d.drug_id = c.item_id and d.source_id = s.id);
insert into drug_source (drug_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'drug';
insert into drug_source_aud (drug_id, source_id, rev, revtype)
    select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'drug'
    and not exists (select 1 from drug_source_aud a where a.rev = (select max(id) from audit_revision) and a.drug_id = v8_new_citation.item_id and a.source_id = v8_new_citation.source_id);
insert into v8_touched (item_table, item_id) select item_table, item_id from v8_cite where item_table = 'dosage_form'
    union select item_table, item_id from v8_uncite where item_table = 'dosage_form';
insert into dosage_form_source_aud (dosage_form_id, source_id, rev, revtype)
    select j.dosage_form_id, j.source_id, (select max(id) from audit_revision), 2 from dosage_form_source j join source s on s.id = j.source_id
    join v8_uncite u on u.item_table = 'dosage_form' and u.item_id = j.dosage_form_id and u.source_code = s.code;
delete from dosage_form_source where exists (select 1 from v8_uncite u join source s on s.code = u.source_code
    where u.item_table = 'dosage_form' and u.item_id = dosage_form_source.dosage_form_id and s.id = dosage_form_source.source_id);
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'dosage_form', c.item_id, s.id from v8_cite c join source s on s.code = c.source_code
    where c.item_table = 'dosage_form' and not exists (select 1 from dosage_form_source d where d.dosage_form_id = c.item_id and d.source_id = s.id);
insert into dosage_form_source (dosage_form_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'dosage_form';
insert into dosage_form_source_aud (dosage_form_id, source_id, rev, revtype)
    select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'dosage_form'
    and not exists (select 1 from dosage_form_source_aud a where a.rev = (select max(id) from audit_revision) and a.dosage_form_id = v8_new_citation.item_id and a.source_id = v8_new_citation.source_id);
insert into v8_touched (item_table, item_id) select item_table, item_id from v8_cite where item_table = 'indication'
    union select item_table, item_id from v8_uncite where item_table = 'indication';
insert into indication_source_aud (indication_id, source_id, rev, revtype)
    select j.indication_id, j.source_id, (select max(id) from audit_revision), 2 from indication_source j join source s on s.id = j.source_id
    join v8_uncite u on u.item_table = 'indication' and u.item_id = j.indication_id and u.source_code = s.code;
delete from indication_source where exists (select 1 from v8_uncite u join source s on s.code = u.source_code
    where u.item_table = 'indication' and u.item_id = indication_source.indication_id and s.id = indication_source.source_id);
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'indication', c.item_id, s.id from v8_cite c join source s on s.code = c.source_code
    where c.item_table = 'indication' and not exists (select 1 from indication_source d where d.indication_id = c.item_id and d.source_id = s.id);
insert into indication_source (indication_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'indication';
insert into indication_source_aud (indication_id, source_id, rev, revtype)
    select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'indication'
    and not exists (select 1 from indication_source_aud a where a.rev = (select max(id) from audit_revision) and a.indication_id = v8_new_citation.item_id and a.source_id = v8_new_citation.source_id);
insert into v8_touched (item_table, item_id) select item_table, item_id from v8_cite where item_table = 'titration_protocol'
    union select item_table, item_id from v8_uncite where item_table = 'titration_protocol';
insert into titration_protocol_source_aud (titration_protocol_id, source_id, rev, revtype)
    select j.titration_protocol_id, j.source_id, (select max(id) from audit_revision), 2 from titration_protocol_source j join source s on s.id = j.source_id
    join v8_uncite u on u.item_table = 'titration_protocol' and u.item_id = j.titration_protocol_id and u.source_code = s.code;
delete from titration_protocol_source where exists (select 1 from v8_uncite u join source s on s.code = u.source_code
    where u.item_table = 'titration_protocol' and u.item_id = titration_protocol_source.titration_protocol_id and s.id = titration_protocol_source.source_id);
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'titration_protocol', c.item_id, s.id from v8_cite c join source s on s.code = c.source_code
    where c.item_table = 'titration_protocol' and not exists (select 1 from titration_protocol_source d where d.titration_protocol_id = c.item_id and d.source_id = s.id);
insert into titration_protocol_source (titration_protocol_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'titration_protocol';
insert into titration_protocol_source_aud (titration_protocol_id, source_id, rev, revtype)
    select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'titration_protocol'
    and not exists (select 1 from titration_protocol_source_aud a where a.rev = (select max(id) from audit_revision) and a.titration_protocol_id = v8_new_citation.item_id and a.source_id = v8_new_citation.source_id);
insert into v8_touched (item_table, item_id) select item_table, item_id from v8_cite where item_table = 'intrathecal_screening_dose'
    union select item_table, item_id from v8_uncite where item_table = 'intrathecal_screening_dose';
insert into intrathecal_screening_dose_source_aud (intrathecal_screening_dose_id, source_id, rev, revtype)
    select j.intrathecal_screening_dose_id, j.source_id, (select max(id) from audit_revision), 2 from intrathecal_screening_dose_source j join source s on s.id = j.source_id
    join v8_uncite u on u.item_table = 'intrathecal_screening_dose' and u.item_id = j.intrathecal_screening_dose_id and u.source_code = s.code;
delete from intrathecal_screening_dose_source where exists (select 1 from v8_uncite u join source s on s.code = u.source_code
    where u.item_table = 'intrathecal_screening_dose' and u.item_id = intrathecal_screening_dose_source.intrathecal_screening_dose_id and s.id = intrathecal_screening_dose_source.source_id);
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'intrathecal_screening_dose', c.item_id, s.id from v8_cite c join source s on s.code = c.source_code
    where c.item_table = 'intrathecal_screening_dose' and not exists (select 1 from intrathecal_screening_dose_source d where d.intrathecal_screening_dose_id = c.item_id and d.source_id = s.id);
insert into intrathecal_screening_dose_source (intrathecal_screening_dose_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'intrathecal_screening_dose';
insert into intrathecal_screening_dose_source_aud (intrathecal_screening_dose_id, source_id, rev, revtype)
    select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'intrathecal_screening_dose'
    and not exists (select 1 from intrathecal_screening_dose_source_aud a where a.rev = (select max(id) from audit_revision) and a.intrathecal_screening_dose_id = v8_new_citation.item_id and a.source_id = v8_new_citation.source_id);
insert into v8_touched (item_table, item_id) select item_table, item_id from v8_cite where item_table = 'intrathecal_titration_limit'
    union select item_table, item_id from v8_uncite where item_table = 'intrathecal_titration_limit';
insert into intrathecal_titration_limit_source_aud (intrathecal_titration_limit_id, source_id, rev, revtype)
    select j.intrathecal_titration_limit_id, j.source_id, (select max(id) from audit_revision), 2 from intrathecal_titration_limit_source j join source s on s.id = j.source_id
    join v8_uncite u on u.item_table = 'intrathecal_titration_limit' and u.item_id = j.intrathecal_titration_limit_id and u.source_code = s.code;
delete from intrathecal_titration_limit_source where exists (select 1 from v8_uncite u join source s on s.code = u.source_code
    where u.item_table = 'intrathecal_titration_limit' and u.item_id = intrathecal_titration_limit_source.intrathecal_titration_limit_id and s.id = intrathecal_titration_limit_source.source_id);
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'intrathecal_titration_limit', c.item_id, s.id from v8_cite c join source s on s.code = c.source_code
    where c.item_table = 'intrathecal_titration_limit' and not exists (select 1 from intrathecal_titration_limit_source d where d.intrathecal_titration_limit_id = c.item_id and d.source_id = s.id);
insert into intrathecal_titration_limit_source (intrathecal_titration_limit_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'intrathecal_titration_limit';
insert into intrathecal_titration_limit_source_aud (intrathecal_titration_limit_id, source_id, rev, revtype)
    select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'intrathecal_titration_limit'
    and not exists (select 1 from intrathecal_titration_limit_source_aud a where a.rev = (select max(id) from audit_revision) and a.intrathecal_titration_limit_id = v8_new_citation.item_id and a.source_id = v8_new_citation.source_id);
insert into v8_touched (item_table, item_id) select item_table, item_id from v8_cite where item_table = 'intrathecal_maintenance_range'
    union select item_table, item_id from v8_uncite where item_table = 'intrathecal_maintenance_range';
insert into intrathecal_maintenance_range_source_aud (intrathecal_maintenance_range_id, source_id, rev, revtype)
    select j.intrathecal_maintenance_range_id, j.source_id, (select max(id) from audit_revision), 2 from intrathecal_maintenance_range_source j join source s on s.id = j.source_id
    join v8_uncite u on u.item_table = 'intrathecal_maintenance_range' and u.item_id = j.intrathecal_maintenance_range_id and u.source_code = s.code;
delete from intrathecal_maintenance_range_source where exists (select 1 from v8_uncite u join source s on s.code = u.source_code
    where u.item_table = 'intrathecal_maintenance_range' and u.item_id = intrathecal_maintenance_range_source.intrathecal_maintenance_range_id and s.id = intrathecal_maintenance_range_source.source_id);
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'intrathecal_maintenance_range', c.item_id, s.id from v8_cite c join source s on s.code = c.source_code
    where c.item_table = 'intrathecal_maintenance_range' and not exists (select 1 from intrathecal_maintenance_range_source d where d.intrathecal_maintenance_range_id = c.item_id and d.source_id = s.id);
insert into intrathecal_maintenance_range_source (intrathecal_maintenance_range_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'intrathecal_maintenance_range';
insert into intrathecal_maintenance_range_source_aud (intrathecal_maintenance_range_id, source_id, rev, revtype)
    select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'intrathecal_maintenance_range'
    and not exists (select 1 from intrathecal_maintenance_range_source_aud a where a.rev = (select max(id) from audit_revision) and a.intrathecal_maintenance_range_id = v8_new_citation.item_id and a.source_id = v8_new_citation.source_id);
insert into v8_touched (item_table, item_id) select item_table, item_id from v8_cite where item_table = 'renal_band'
    union select item_table, item_id from v8_uncite where item_table = 'renal_band';
insert into renal_band_source_aud (renal_band_id, source_id, rev, revtype)
    select j.renal_band_id, j.source_id, (select max(id) from audit_revision), 2 from renal_band_source j join source s on s.id = j.source_id
    join v8_uncite u on u.item_table = 'renal_band' and u.item_id = j.renal_band_id and u.source_code = s.code;
delete from renal_band_source where exists (select 1 from v8_uncite u join source s on s.code = u.source_code
    where u.item_table = 'renal_band' and u.item_id = renal_band_source.renal_band_id and s.id = renal_band_source.source_id);
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'renal_band', c.item_id, s.id from v8_cite c join source s on s.code = c.source_code
    where c.item_table = 'renal_band' and not exists (select 1 from renal_band_source d where d.renal_band_id = c.item_id and d.source_id = s.id);
insert into renal_band_source (renal_band_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'renal_band';
insert into renal_band_source_aud (renal_band_id, source_id, rev, revtype)
    select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'renal_band'
    and not exists (select 1 from renal_band_source_aud a where a.rev = (select max(id) from audit_revision) and a.renal_band_id = v8_new_citation.item_id and a.source_id = v8_new_citation.source_id);
insert into v8_touched (item_table, item_id) select item_table, item_id from v8_cite where item_table = 'discontinuation_guidance'
    union select item_table, item_id from v8_uncite where item_table = 'discontinuation_guidance';
insert into discontinuation_guidance_source_aud (discontinuation_guidance_id, source_id, rev, revtype)
    select j.discontinuation_guidance_id, j.source_id, (select max(id) from audit_revision), 2 from discontinuation_guidance_source j join source s on s.id = j.source_id
    join v8_uncite u on u.item_table = 'discontinuation_guidance' and u.item_id = j.discontinuation_guidance_id and u.source_code = s.code;
delete from discontinuation_guidance_source where exists (select 1 from v8_uncite u join source s on s.code = u.source_code
    where u.item_table = 'discontinuation_guidance' and u.item_id = discontinuation_guidance_source.discontinuation_guidance_id and s.id = discontinuation_guidance_source.source_id);
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'discontinuation_guidance', c.item_id, s.id from v8_cite c join source s on s.code = c.source_code
    where c.item_table = 'discontinuation_guidance' and not exists (select 1 from discontinuation_guidance_source d where d.discontinuation_guidance_id = c.item_id and d.source_id = s.id);
insert into discontinuation_guidance_source (discontinuation_guidance_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'discontinuation_guidance';
insert into discontinuation_guidance_source_aud (discontinuation_guidance_id, source_id, rev, revtype)
    select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'discontinuation_guidance'
    and not exists (select 1 from discontinuation_guidance_source_aud a where a.rev = (select max(id) from audit_revision) and a.discontinuation_guidance_id = v8_new_citation.item_id and a.source_id = v8_new_citation.source_id);
insert into v8_touched (item_table, item_id) select item_table, item_id from v8_cite where item_table = 'safety_item'
    union select item_table, item_id from v8_uncite where item_table = 'safety_item';
insert into safety_item_source_aud (safety_item_id, source_id, rev, revtype)
    select j.safety_item_id, j.source_id, (select max(id) from audit_revision), 2 from safety_item_source j join source s on s.id = j.source_id
    join v8_uncite u on u.item_table = 'safety_item' and u.item_id = j.safety_item_id and u.source_code = s.code;
delete from safety_item_source where exists (select 1 from v8_uncite u join source s on s.code = u.source_code
    where u.item_table = 'safety_item' and u.item_id = safety_item_source.safety_item_id and s.id = safety_item_source.source_id);
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'safety_item', c.item_id, s.id from v8_cite c join source s on s.code = c.source_code
    where c.item_table = 'safety_item' and not exists (select 1 from safety_item_source d where d.safety_item_id = c.item_id and d.source_id = s.id);
insert into safety_item_source (safety_item_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'safety_item';
insert into safety_item_source_aud (safety_item_id, source_id, rev, revtype)
    select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'safety_item'
    and not exists (select 1 from safety_item_source_aud a where a.rev = (select max(id) from audit_revision) and a.safety_item_id = v8_new_citation.item_id and a.source_id = v8_new_citation.source_id);
insert into v8_touched (item_table, item_id) select item_table, item_id from v8_cite where item_table = 'severity_level'
    union select item_table, item_id from v8_uncite where item_table = 'severity_level';
insert into severity_level_source_aud (severity_level_id, source_id, rev, revtype)
    select j.severity_level_id, j.source_id, (select max(id) from audit_revision), 2 from severity_level_source j join source s on s.id = j.source_id
    join v8_uncite u on u.item_table = 'severity_level' and u.item_id = j.severity_level_id and u.source_code = s.code;
delete from severity_level_source where exists (select 1 from v8_uncite u join source s on s.code = u.source_code
    where u.item_table = 'severity_level' and u.item_id = severity_level_source.severity_level_id and s.id = severity_level_source.source_id);
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'severity_level', c.item_id, s.id from v8_cite c join source s on s.code = c.source_code
    where c.item_table = 'severity_level' and not exists (select 1 from severity_level_source d where d.severity_level_id = c.item_id and d.source_id = s.id);
insert into severity_level_source (severity_level_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'severity_level';
insert into severity_level_source_aud (severity_level_id, source_id, rev, revtype)
    select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'severity_level'
    and not exists (select 1 from severity_level_source_aud a where a.rev = (select max(id) from audit_revision) and a.severity_level_id = v8_new_citation.item_id and a.source_id = v8_new_citation.source_id);
insert into v8_touched (item_table, item_id) select item_table, item_id from v8_cite where item_table = 'interaction'
    union select item_table, item_id from v8_uncite where item_table = 'interaction';
insert into interaction_source_aud (interaction_id, source_id, rev, revtype)
    select j.interaction_id, j.source_id, (select max(id) from audit_revision), 2 from interaction_source j join source s on s.id = j.source_id
    join v8_uncite u on u.item_table = 'interaction' and u.item_id = j.interaction_id and u.source_code = s.code;
delete from interaction_source where exists (select 1 from v8_uncite u join source s on s.code = u.source_code
    where u.item_table = 'interaction' and u.item_id = interaction_source.interaction_id and s.id = interaction_source.source_id);
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'interaction', c.item_id, s.id from v8_cite c join source s on s.code = c.source_code
    where c.item_table = 'interaction' and not exists (select 1 from interaction_source d where d.interaction_id = c.item_id and d.source_id = s.id);
insert into interaction_source (interaction_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'interaction';
insert into interaction_source_aud (interaction_id, source_id, rev, revtype)
    select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'interaction'
    and not exists (select 1 from interaction_source_aud a where a.rev = (select max(id) from audit_revision) and a.interaction_id = v8_new_citation.item_id and a.source_id = v8_new_citation.source_id);
insert into v8_touched (item_table, item_id) select item_table, item_id from v8_cite where item_table = 'adverse_effect'
    union select item_table, item_id from v8_uncite where item_table = 'adverse_effect';
insert into adverse_effect_source_aud (adverse_effect_id, source_id, rev, revtype)
    select j.adverse_effect_id, j.source_id, (select max(id) from audit_revision), 2 from adverse_effect_source j join source s on s.id = j.source_id
    join v8_uncite u on u.item_table = 'adverse_effect' and u.item_id = j.adverse_effect_id and u.source_code = s.code;
delete from adverse_effect_source where exists (select 1 from v8_uncite u join source s on s.code = u.source_code
    where u.item_table = 'adverse_effect' and u.item_id = adverse_effect_source.adverse_effect_id and s.id = adverse_effect_source.source_id);
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'adverse_effect', c.item_id, s.id from v8_cite c join source s on s.code = c.source_code
    where c.item_table = 'adverse_effect' and not exists (select 1 from adverse_effect_source d where d.adverse_effect_id = c.item_id and d.source_id = s.id);
insert into adverse_effect_source (adverse_effect_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'adverse_effect';
insert into adverse_effect_source_aud (adverse_effect_id, source_id, rev, revtype)
    select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'adverse_effect'
    and not exists (select 1 from adverse_effect_source_aud a where a.rev = (select max(id) from audit_revision) and a.adverse_effect_id = v8_new_citation.item_id and a.source_id = v8_new_citation.source_id);
insert into v8_touched (item_table, item_id) select item_table, item_id from v8_cite where item_table = 'guidance_note'
    union select item_table, item_id from v8_uncite where item_table = 'guidance_note';
insert into guidance_note_source_aud (guidance_note_id, source_id, rev, revtype)
    select j.guidance_note_id, j.source_id, (select max(id) from audit_revision), 2 from guidance_note_source j join source s on s.id = j.source_id
    join v8_uncite u on u.item_table = 'guidance_note' and u.item_id = j.guidance_note_id and u.source_code = s.code;
delete from guidance_note_source where exists (select 1 from v8_uncite u join source s on s.code = u.source_code
    where u.item_table = 'guidance_note' and u.item_id = guidance_note_source.guidance_note_id and s.id = guidance_note_source.source_id);
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'guidance_note', c.item_id, s.id from v8_cite c join source s on s.code = c.source_code
    where c.item_table = 'guidance_note' and not exists (select 1 from guidance_note_source d where d.guidance_note_id = c.item_id and d.source_id = s.id);
insert into guidance_note_source (guidance_note_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'guidance_note';
insert into guidance_note_source_aud (guidance_note_id, source_id, rev, revtype)
    select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'guidance_note'
    and not exists (select 1 from guidance_note_source_aud a where a.rev = (select max(id) from audit_revision) and a.guidance_note_id = v8_new_citation.item_id and a.source_id = v8_new_citation.source_id);
insert into v8_touched (item_table, item_id) select item_table, item_id from v8_cite where item_table = 'claim_check'
    union select item_table, item_id from v8_uncite where item_table = 'claim_check';
insert into claim_check_source_aud (claim_check_id, source_id, rev, revtype)
    select j.claim_check_id, j.source_id, (select max(id) from audit_revision), 2 from claim_check_source j join source s on s.id = j.source_id
    join v8_uncite u on u.item_table = 'claim_check' and u.item_id = j.claim_check_id and u.source_code = s.code;
delete from claim_check_source where exists (select 1 from v8_uncite u join source s on s.code = u.source_code
    where u.item_table = 'claim_check' and u.item_id = claim_check_source.claim_check_id and s.id = claim_check_source.source_id);
insert into v8_new_citation (item_table, item_id, source_id)
    select distinct 'claim_check', c.item_id, s.id from v8_cite c join source s on s.code = c.source_code
    where c.item_table = 'claim_check' and not exists (select 1 from claim_check_source d where d.claim_check_id = c.item_id and d.source_id = s.id);
insert into claim_check_source (claim_check_id, source_id) select item_id, source_id from v8_new_citation where item_table = 'claim_check';
insert into claim_check_source_aud (claim_check_id, source_id, rev, revtype)
    select item_id, source_id, (select max(id) from audit_revision), 0 from v8_new_citation where item_table = 'claim_check'
    and not exists (select 1 from claim_check_source_aud a where a.rev = (select max(id) from audit_revision) and a.claim_check_id = v8_new_citation.item_id and a.source_id = v8_new_citation.source_id);

-- Every source was re-checked against the fact sheet; every touched item gets its audit row, version and date.
update source set last_reviewed = date '2026-12-01', version = version + 1;
insert into source_aud (reviewed_by, last_reviewed, id, code, note, title, kind, read_via, rev, revtype)
    select reviewed_by, last_reviewed, id, code, note, title, kind, read_via, (select max(id) from audit_revision), case when code in ('S60', 'S61', 'S62', 'S63', 'S64', 'S65', 'S66', 'S67', 'S68') then 0 else 1 end from source;
-- An address that stayed the same is not a change.
delete from source_address_aud where rev = (select max(id) from audit_revision) and revtype = 2 and exists (select 1 from source_address a where a.source_id = source_address_aud.source_id and a.position = source_address_aud.position and a.url = source_address_aud.url);
insert into source_address_aud (position, source_id, url, rev, revtype)
    select position, source_id, url, (select max(id) from audit_revision), 0 from source_address a where not exists (select 1 from source_address_aud x where x.rev = (select max(id) from audit_revision) and x.source_id = a.source_id and x.position = a.position and x.url = a.url);
insert into audit_revision_entity (revision_id, entity_name) values ((select max(id) from audit_revision), 'org.baclofen.reference.source.Source');
update drug set last_reviewed = date '2026-12-01', version = version + 1 where id in (select item_id from v8_touched where item_table = 'drug');
insert into drug_aud (last_reviewed, id, atc_code, mechanism, name, reviewed_by, rxnorm_cui, snomed_ct_id, summary, rxnorm_source_id, atc_source_id, snomed_ct_source_id, rev, revtype)
    select last_reviewed, id, atc_code, mechanism, name, reviewed_by, rxnorm_cui, snomed_ct_id, summary, rxnorm_source_id, atc_source_id, snomed_ct_source_id, (select max(id) from audit_revision), 1 from drug where id in (select item_id from v8_touched where item_table = 'drug');
insert into audit_revision_entity (revision_id, entity_name)
    select distinct (select max(id) from audit_revision), 'org.baclofen.reference.overview.Drug' from v8_touched where item_table = 'drug';
update dosage_form set last_reviewed = date '2026-12-01', version = version + 1 where id in (select item_id from v8_touched where item_table = 'dosage_form');
insert into dosage_form_aud (amount, last_reviewed, may_be_halved, per_volume_ml, sort_order, id, notes, product, reviewed_by, amount_unit, form, route, rev, revtype)
    select amount, last_reviewed, may_be_halved, per_volume_ml, sort_order, id, notes, product, reviewed_by, amount_unit, form, route, (select max(id) from audit_revision), 1 from dosage_form where id in (select item_id from v8_touched where item_table = 'dosage_form');
insert into audit_revision_entity (revision_id, entity_name)
    select distinct (select max(id) from audit_revision), 'org.baclofen.reference.dosing.DosageForm' from v8_touched where item_table = 'dosage_form';
update indication set last_reviewed = date '2026-12-01', version = version + 1 where id in (select item_id from v8_touched where item_table = 'indication');
insert into indication_aud (last_reviewed, sort_order, id, details, name, reviewed_by, slug, summary, evidence, route, status, rev, revtype)
    select last_reviewed, sort_order, id, details, name, reviewed_by, slug, summary, evidence, route, status, (select max(id) from audit_revision), 1 from indication where id in (select item_id from v8_touched where item_table = 'indication');
insert into audit_revision_entity (revision_id, entity_name)
    select distinct (select max(id) from audit_revision), 'org.baclofen.reference.indication.Indication' from v8_touched where item_table = 'indication';
update titration_protocol set last_reviewed = date '2026-12-01', version = version + 1 where id in (select item_id from v8_touched where item_table = 'titration_protocol');
insert into titration_protocol_aud (administrations_per_day, increment_mg, interval_days, last_reviewed, max_administrations_per_day, max_daily_mg, start_dose_mg, usual_max_daily_mg, usual_min_daily_mg, id, code, name, notes, reviewed_by, route, rev, revtype)
    select administrations_per_day, increment_mg, interval_days, last_reviewed, max_administrations_per_day, max_daily_mg, start_dose_mg, usual_max_daily_mg, usual_min_daily_mg, id, code, name, notes, reviewed_by, route, (select max(id) from audit_revision), 1 from titration_protocol where id in (select item_id from v8_touched where item_table = 'titration_protocol');
insert into audit_revision_entity (revision_id, entity_name)
    select distinct (select max(id) from audit_revision), 'org.baclofen.reference.dosing.TitrationProtocol' from v8_touched where item_table = 'titration_protocol';
update intrathecal_screening_dose set last_reviewed = date '2026-12-01', version = version + 1 where id in (select item_id from v8_touched where item_table = 'intrathecal_screening_dose');
insert into intrathecal_screening_dose_aud (concentration_mcg_per_ml, dose_mcg, last_reviewed, sequence, volume_ml, id, note, reviewed_by, timing, rev, revtype)
    select concentration_mcg_per_ml, dose_mcg, last_reviewed, sequence, volume_ml, id, note, reviewed_by, timing, (select max(id) from audit_revision), 1 from intrathecal_screening_dose where id in (select item_id from v8_touched where item_table = 'intrathecal_screening_dose');
insert into audit_revision_entity (revision_id, entity_name)
    select distinct (select max(id) from audit_revision), 'org.baclofen.reference.dosing.IntrathecalScreeningDose' from v8_touched where item_table = 'intrathecal_screening_dose';
update intrathecal_titration_limit set last_reviewed = date '2026-12-01', version = version + 1 where id in (select item_id from v8_touched where item_table = 'intrathecal_titration_limit');
insert into intrathecal_titration_limit_aud (last_reviewed, max_change_percent, min_change_percent, sort_order, id, note, per_interval, reviewed_by, direction, origin, phase, rev, revtype)
    select last_reviewed, max_change_percent, min_change_percent, sort_order, id, note, per_interval, reviewed_by, direction, origin, phase, (select max(id) from audit_revision), 1 from intrathecal_titration_limit where id in (select item_id from v8_touched where item_table = 'intrathecal_titration_limit');
insert into audit_revision_entity (revision_id, entity_name)
    select distinct (select max(id) from audit_revision), 'org.baclofen.reference.dosing.IntrathecalTitrationLimit' from v8_touched where item_table = 'intrathecal_titration_limit';
update intrathecal_maintenance_range set last_reviewed = date '2026-12-01', version = version + 1 where id in (select item_id from v8_touched where item_table = 'intrathecal_maintenance_range');
insert into intrathecal_maintenance_range_aud (last_reviewed, observed_max_mcg_per_day, observed_min_mcg_per_day, sort_order, typical_max_mcg_per_day, typical_min_mcg_per_day, id, note, population, reviewed_by, rev, revtype)
    select last_reviewed, observed_max_mcg_per_day, observed_min_mcg_per_day, sort_order, typical_max_mcg_per_day, typical_min_mcg_per_day, id, note, population, reviewed_by, (select max(id) from audit_revision), 1 from intrathecal_maintenance_range where id in (select item_id from v8_touched where item_table = 'intrathecal_maintenance_range');
insert into audit_revision_entity (revision_id, entity_name)
    select distinct (select max(id) from audit_revision), 'org.baclofen.reference.dosing.IntrathecalMaintenanceRange' from v8_touched where item_table = 'intrathecal_maintenance_range';
update renal_band set last_reviewed = date '2026-12-01', version = version + 1 where id in (select item_id from v8_touched where item_table = 'renal_band');
insert into renal_band_aud (crcl_max_ml_per_min, crcl_min_ml_per_min, dose_reduction_percent, last_reviewed, id, advice, reviewed_by, source_kind, rev, revtype)
    select crcl_max_ml_per_min, crcl_min_ml_per_min, dose_reduction_percent, last_reviewed, id, advice, reviewed_by, source_kind, (select max(id) from audit_revision), 1 from renal_band where id in (select item_id from v8_touched where item_table = 'renal_band');
insert into audit_revision_entity (revision_id, entity_name)
    select distinct (select max(id) from audit_revision), 'org.baclofen.reference.dosing.RenalBand' from v8_touched where item_table = 'renal_band';
update discontinuation_guidance set last_reviewed = date '2026-12-01', version = version + 1 where id in (select item_id from v8_touched where item_table = 'discontinuation_guidance');
insert into discontinuation_guidance_aud (last_reviewed, max_taper_days, min_taper_days, rule_basis, sort_order, id, advice, reviewed_by, title, route, rev, revtype)
    select last_reviewed, max_taper_days, min_taper_days, rule_basis, sort_order, id, advice, reviewed_by, title, route, (select max(id) from audit_revision), 1 from discontinuation_guidance where id in (select item_id from v8_touched where item_table = 'discontinuation_guidance');
insert into audit_revision_entity (revision_id, entity_name)
    select distinct (select max(id) from audit_revision), 'org.baclofen.reference.dosing.DiscontinuationGuidance' from v8_touched where item_table = 'discontinuation_guidance';
update safety_item set last_reviewed = date '2026-12-01', version = version + 1 where id in (select item_id from v8_touched where item_table = 'safety_item');
insert into safety_item_aud (boxed_warning, last_reviewed, sort_order, id, advice, condition_name, label_section, reviewed_by, kind, route, rev, revtype)
    select boxed_warning, last_reviewed, sort_order, id, advice, condition_name, label_section, reviewed_by, kind, route, (select max(id) from audit_revision), 1 from safety_item where id in (select item_id from v8_touched where item_table = 'safety_item');
insert into audit_revision_entity (revision_id, entity_name)
    select distinct (select max(id) from audit_revision), 'org.baclofen.reference.safety.SafetyItem' from v8_touched where item_table = 'safety_item';
update severity_level set last_reviewed = date '2026-12-01', version = version + 1 where id in (select item_id from v8_touched where item_table = 'severity_level');
insert into severity_level_aud (last_reviewed, rank, id, code, label, meaning, reviewed_by, scale, rev, revtype)
    select last_reviewed, rank, id, code, label, meaning, reviewed_by, scale, (select max(id) from audit_revision), 1 from severity_level where id in (select item_id from v8_touched where item_table = 'severity_level');
insert into audit_revision_entity (revision_id, entity_name)
    select distinct (select max(id) from audit_revision), 'org.baclofen.reference.interaction.SeverityLevel' from v8_touched where item_table = 'severity_level';
update interaction set last_reviewed = date '2026-12-01', version = version + 1 where id in (select item_id from v8_touched where item_table = 'interaction');
insert into interaction_aud (last_reviewed, sort_order, id, effect, interactant, management, reviewed_by, severity_note, slug, interactant_kind, severity, rev, revtype)
    select last_reviewed, sort_order, id, effect, interactant, management, reviewed_by, severity_note, slug, interactant_kind, severity, (select max(id) from audit_revision), 1 from interaction where id in (select item_id from v8_touched where item_table = 'interaction');
insert into audit_revision_entity (revision_id, entity_name)
    select distinct (select max(id) from audit_revision), 'org.baclofen.reference.interaction.Interaction' from v8_touched where item_table = 'interaction';
update adverse_effect set last_reviewed = date '2026-12-01', version = version + 1 where id in (select item_id from v8_touched where item_table = 'adverse_effect');
insert into adverse_effect_aud (frequency_max_percent, frequency_min_percent, last_reviewed, sort_order, id, body_system, name, note, reviewed_by, route, rev, revtype)
    select frequency_max_percent, frequency_min_percent, last_reviewed, sort_order, id, body_system, name, note, reviewed_by, route, (select max(id) from audit_revision), 1 from adverse_effect where id in (select item_id from v8_touched where item_table = 'adverse_effect');
insert into audit_revision_entity (revision_id, entity_name)
    select distinct (select max(id) from audit_revision), 'org.baclofen.reference.adverse.AdverseEffect' from v8_touched where item_table = 'adverse_effect';
update guidance_note set last_reviewed = date '2026-12-01', version = version + 1 where id in (select item_id from v8_touched where item_table = 'guidance_note');
insert into guidance_note_aud (last_reviewed, sort_order, sources_disagree, id, body, reviewed_by, title, topic, rev, revtype)
    select last_reviewed, sort_order, sources_disagree, id, body, reviewed_by, title, topic, (select max(id) from audit_revision), 1 from guidance_note where id in (select item_id from v8_touched where item_table = 'guidance_note');
insert into audit_revision_entity (revision_id, entity_name)
    select distinct (select max(id) from audit_revision), 'org.baclofen.reference.guidance.GuidanceNote' from v8_touched where item_table = 'guidance_note';
update claim_check set last_reviewed = date '2026-12-01', version = version + 1 where id in (select item_id from v8_touched where item_table = 'claim_check');
insert into claim_check_aud (last_reviewed, sort_order, id, claim, explanation, reviewed_by, verdict, rev, revtype)
    select last_reviewed, sort_order, id, claim, explanation, reviewed_by, verdict, (select max(id) from audit_revision), 1 from claim_check where id in (select item_id from v8_touched where item_table = 'claim_check');
insert into audit_revision_entity (revision_id, entity_name)
    select distinct (select max(id) from audit_revision), 'org.baclofen.reference.overview.ClaimCheck' from v8_touched where item_table = 'claim_check';

drop table v8_uncite;
drop table v8_cite;
drop table v8_new_citation;
drop table v8_source_merge;
drop table v8_touched;
