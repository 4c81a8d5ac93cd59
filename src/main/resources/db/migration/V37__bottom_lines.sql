-- Bottom lines (issue 23): a safety item may carry its advice in one line, which the summary page shows as
-- the bottom line, linked to the whole item. Written from the items' own text and the fact sheet (revision 3),
-- citing the items' own sources; recorded as one audited revision by "migration", like V8.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode, so it keeps to their common subset.

insert into audit_revision (timestamp, username) values (1796648400000, 'migration');

alter table safety_item add column in_brief varchar(300);
alter table safety_item_aud add column in_brief varchar(6000);

-- Abrupt discontinuation of intrathecal baclofen (boxed warning): S12 names refills and pump alarms.
update safety_item set in_brief = 'Stopping intrathecal baclofen suddenly, for any reason, can cause high fever, confusion, rebound spasticity and rigidity, and rarely death: keep refills on time and act on pump alarms at once.', version = version + 1 where id = 5;
-- Adverse reactions from abrupt withdrawal (oral): S2, S4.
update safety_item set in_brief = 'Stopping oral baclofen suddenly can cause hallucinations, seizures, high fever and rebound spasticity: reduce the dose gradually unless a serious reaction calls for faster withdrawal.', version = version + 1 where id = 6;
-- Pregnancy: S7, S9 (no adequate human data), S21 (placenta), S2, S9 (neonatal withdrawal, taper before delivery).
update safety_item set in_brief = 'No adequate human data, and baclofen crosses the placenta; use through pregnancy can cause withdrawal in the newborn, so taper and stop before delivery where possible.', version = version + 1 where id = 25;
-- Breastfeeding: S7 (in milk; infant withdrawal), S32 (low levels, harm not expected, watch newborns).
update safety_item set in_brief = 'Passes into milk at low levels and is not expected to harm the infant, but watch newborns for sedation; stopping the mother''s baclofen or breastfeeding suddenly can cause withdrawal in the infant.', version = version + 1 where id = 26;

insert into safety_item_aud (boxed_warning, last_reviewed, sort_order, id, advice, condition_name, label_section, reviewed_by, kind, route, in_brief, rev, revtype)
    select boxed_warning, last_reviewed, sort_order, id, advice, condition_name, label_section, reviewed_by, kind, route, in_brief, (select max(id) from audit_revision), 1
    from safety_item where id in (5, 6, 25, 26);
insert into audit_revision_entity (revision_id, entity_name)
    values ((select max(id) from audit_revision), 'org.baclofen.reference.safety.SafetyItem');
