-- Claims lead with the finding (issue 23): each checked claim gets what the sources say in one line, shown as
-- its heading above the claim it answers. Written from each check's own explanation, so it rests on the
-- sources the check already cites; recorded as one audited revision by "migration", like V8.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode, so it keeps to their common subset.

insert into audit_revision (timestamp, username) values (1796648460000, 'migration');

alter table claim_check add column finding varchar(300);
alter table claim_check_aud add column finding varchar(6000);

update claim_check set finding = 'Intrathecal baclofen is given into the fluid around the spinal cord, not into the cord itself.' where id = 1;
update claim_check set finding = 'Baclofen acts directly on GABA-B receptors; no label says it releases GABA.' where id = 2;
update claim_check set finding = 'No such study can be traced, and its figures are not evidence.' where id = 3;
update claim_check set finding = 'No such study can be traced; the US labels give no such figures for spinal cord injury.' where id = 4;
update claim_check set finding = 'NICE runs no trials; its guideline names baclofen or gabapentin as first-line drugs for MS spasticity.' where id = 5;
update claim_check set finding = 'Neither the organisation nor its survey can be traced.' where id = 6;
update claim_check set finding = 'No such study can be traced; a US practice parameter found too little data for oral baclofen in cerebral palsy.' where id = 7;
update claim_check set finding = 'No such survey can be traced, and no label or study gives such a figure.' where id = 8;
update claim_check set finding = 'No trial of baclofen in fibromyalgia is reported, and fibromyalgia recommendations do not list it.' where id = 9;
update claim_check set finding = 'Hypersensitivity to baclofen is its only labeled contraindication.' where id = 10;
update claim_check set finding = 'Kidney impairment and epilepsy call for caution and monitoring, not a ban.' where id = 11;
update claim_check set finding = 'No label or guideline gives a dose for dystonia.' where id = 12;
update claim_check set finding = 'Benefit in adult focal dystonia is modest; botulinum toxin is the treatment used.' where id = 13;
update claim_check set finding = 'Doses of 50 to 100 mcg are single screening doses, not daily doses; maintenance doses depend on the origin of the spasticity.' where id = 14;
update claim_check set finding = 'This is the US label''s titration schedule and daily maximum.' where id = 15;
update claim_check set finding = 'Doses above 80 mg a day are outside the US label; some non-US and pediatric sources go higher.' where id = 16;
update claim_check set finding = 'Doses of 50, 75 and 100 mcg are screening boluses; the daily dose after implantation is worked out from the one that helped.' where id = 17;
update claim_check set finding = 'Levels peak 0.5 to 3 hours after a dose; no label says when a therapeutic level is reached.' where id = 18;
update claim_check set finding = 'The labels describe GABA-B agonism and possibly less release of excitatory transmitters; the exact mechanism is not fully known.' where id = 19;
update claim_check set finding = 'It depends on the country: US oral labels do not recommend baclofen in stroke or cerebral palsy, while the UK label lists both.' where id = 20;
update claim_check set finding = 'Hiccups and alcohol use disorder are off-label uses with limited evidence; a general use in withdrawal is not established.' where id = 21;
update claim_check set finding = 'No reliable source gives tablet prices, and intrathecal baclofen is pump therapy, not a per-injection product.' where id = 22;
update claim_check set finding = 'The label calls drowsiness transient; it does not say this of every side effect.' where id = 23;
update claim_check set finding = 'The label lists dry mouth as rare, without a frequency.' where id = 24;
update claim_check set finding = 'Nausea, headache and confusion are listed with frequencies; vomiting is rare and memory problems are not listed.' where id = 25;
update claim_check set finding = 'Tolerance is possible with long-term oral use but is usually not a major problem.' where id = 26;
update claim_check set finding = 'The labels ask for caution and possibly a lower dose, not blood tests of baclofen levels.' where id = 27;
update claim_check set finding = 'Baclofen crosses the placenta.' where id = 28;
update claim_check set finding = 'A pump is for severe spasticity when oral baclofen has failed or is not tolerated; liquids and granules help those who cannot swallow tablets.' where id = 29;
update claim_check set finding = 'Do not stop baclofen abruptly: taper it, as the oral labels and the intrathecal boxed warning say.' where id = 30;
update claim_check set finding = 'Alcohol and other CNS depressants add to the sedation baclofen causes.' where id = 31;
update claim_check set finding = 'The quoted doctors and stories cannot be traced, and anecdotes are not evidence.' where id = 32;
update claim_check set finding = 'These figures are not about baclofen, and no cited source gives them.' where id = 33;
-- A claim check an editor has added since V8 has no finding yet: it shows the start of its explanation until
-- an editor writes one (the form asks for it from now on).
update claim_check set finding = substring(explanation, 1, 300) where finding is null;

alter table claim_check alter column finding set not null;

update claim_check set version = version + 1;
insert into claim_check_aud (last_reviewed, sort_order, id, claim, explanation, finding, reviewed_by, verdict, rev, revtype)
    select last_reviewed, sort_order, id, claim, explanation, finding, reviewed_by, verdict, (select max(id) from audit_revision), 1
    from claim_check;
insert into audit_revision_entity (revision_id, entity_name)
    values ((select max(id) from audit_revision), 'org.baclofen.reference.overview.ClaimCheck');
