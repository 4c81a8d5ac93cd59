-- Content corrections after review, recorded as one audited revision by "migration" so the history
-- pages show them like any other edit.
insert into audit_revision (timestamp, username) values (1795280400000, 'migration');

-- Active peptic ulcer appears only in some non-US labeling, and whether it is a formal contraindication
-- there is unverified: the only labeled contraindication is hypersensitivity, so it is a precaution here.
update safety_item set kind = 'PRECAUTION', version = version + 1 where id = 4;
-- Reworded where the text followed the fact sheet too closely.
update safety_item set advice = replace(advice, 'Drugs.com rates the baclofen-renal dysfunction disease interaction Major.',
        'Drugs.com grades renal dysfunction as a Major drug-disease interaction for baclofen.'), version = version + 1
    where id = 15;
update safety_item set advice = replace(advice, 'Drugs.com rates the baclofen-psychosis disease interaction Moderate.',
        'Drugs.com grades psychosis as a Moderate drug-disease interaction for baclofen.'), version = version + 1
    where id = 10;
update safety_item set advice = replace(advice, 'this was not seen in mice or rabbits. Baclofen crosses the placenta.',
        'studies in mice and rabbits showed no such effect. The drug passes to the fetus across the placenta.'),
    version = version + 1 where id = 25;
update guidance_note set body = replace(body, 'Drugs.com rates the baclofen-renal dysfunction disease interaction Major.',
        'Drugs.com grades renal dysfunction as a Major drug-disease interaction for baclofen.'), version = version + 1
    where id = 19;
-- The 1000 mcg/day reading follows the label-derived sources (S18, S19), not label text that was read.
update guidance_note set body = replace(body, 'Following the US label, the app does not treat',
        'Following the label-derived sources, the app does not treat'), version = version + 1 where id = 26;
insert into safety_item_aud (boxed_warning, last_reviewed, sort_order, id, advice, condition_name, label_section, reviewed_by, kind, route, rev, revtype)
    select boxed_warning, last_reviewed, sort_order, id, advice, condition_name, label_section, reviewed_by, kind, route, (select max(id) from audit_revision), 1 from safety_item where id in (4, 10, 15, 25);
insert into guidance_note_aud (last_reviewed, sort_order, sources_disagree, id, body, reviewed_by, title, topic, rev, revtype)
    select last_reviewed, sort_order, sources_disagree, id, body, reviewed_by, title, topic, (select max(id) from audit_revision), 1 from guidance_note where id in (19, 26);
insert into audit_revision_entity (revision_id, entity_name) values ((select max(id) from audit_revision), 'org.baclofen.reference.safety.SafetyItem');
insert into audit_revision_entity (revision_id, entity_name) values ((select max(id) from audit_revision), 'org.baclofen.reference.guidance.GuidanceNote');

-- Claims with no study behind them cited the nearest label as their source; what they rest on is the seed
-- articles that made them, so those are now a source of their own (for the claim, never as evidence).
insert into source (code, title, kind, note, last_reviewed) values ('S60',
    'The five seed articles the product started from (marketing-grade articles)', 'SECONDARY',
    'Cited only for what the articles claim, never as support for a fact; the claims are checked against the other sources.',
    date '2026-11-21');
insert into source_aud (reviewed_by, last_reviewed, id, code, note, title, kind, rev, revtype)
    select reviewed_by, last_reviewed, id, code, note, title, kind, (select max(id) from audit_revision), 0 from source where code = 'S60';
insert into audit_revision_entity (revision_id, entity_name) values ((select max(id) from audit_revision), 'org.baclofen.reference.source.Source');
insert into claim_check_source_aud (claim_check_id, source_id, rev, revtype)
    select claim_check_id, source_id, (select max(id) from audit_revision), 2 from claim_check_source where claim_check_id in (3, 4, 6, 8, 32, 33);
delete from claim_check_source where claim_check_id in (3, 4, 6, 8, 32, 33);
insert into claim_check_source (claim_check_id, source_id)
    select c.id, s.id from claim_check c, source s where c.id in (3, 4, 6, 8, 32, 33) and s.code = 'S60';
update claim_check set version = version + 1 where id in (3, 4, 6, 8, 32, 33);
insert into claim_check_source_aud (claim_check_id, source_id, rev, revtype)
    select claim_check_id, source_id, (select max(id) from audit_revision), 0 from claim_check_source where claim_check_id in (3, 4, 6, 8, 32, 33);
insert into claim_check_aud (last_reviewed, sort_order, id, claim, explanation, reviewed_by, verdict, rev, revtype)
    select last_reviewed, sort_order, id, claim, explanation, reviewed_by, verdict, (select max(id) from audit_revision), 1 from claim_check where id in (3, 4, 6, 8, 32, 33);
insert into audit_revision_entity (revision_id, entity_name) values ((select max(id) from audit_revision), 'org.baclofen.reference.overview.ClaimCheck');
