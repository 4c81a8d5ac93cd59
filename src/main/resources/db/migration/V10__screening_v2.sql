-- Screening v2 (issue 8, items 6-10): the names the medication check knows become content, and the check
-- gains the conditions fact sheet revision 2 supports. Recorded as one audited revision by "migration", as V7
-- does, so the admin history pages show it like any other edit.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode, so it keeps to their common subset.

-- Class words and everyday names people type for an interactant ("opioid", "MAOI", "beer"). The check
-- matches them like member names; the public page does not list them as included drugs.
create table interaction_other_name (
    interaction_id bigint       not null references interaction (id) on delete cascade,
    name           varchar(120) not null,
    primary key (interaction_id, name)
);

-- Stored warnings and precautions shown whenever the check finds an interaction (the concomitant-opioid
-- precaution with every opioid).
create table interaction_safety_item (
    interaction_id bigint not null references interaction (id) on delete cascade,
    safety_item_id bigint not null references safety_item (id) on delete cascade,
    primary key (interaction_id, safety_item_id)
);

-- The names baclofen's products are sold under: the check reports them, like "baclofen", as duplicate therapy.
create table drug_brand_name (
    drug_id bigint       not null references drug (id) on delete cascade,
    name    varchar(120) not null,
    primary key (drug_id, name)
);

-- Audit tables as Hibernate Envers maps the three collections.
create table interaction_other_name_aud (
    revtype        smallint,
    interaction_id bigint not null,
    rev            bigint not null,
    name           varchar(6000) not null,
    primary key (interaction_id, rev, name)
);
alter table interaction_other_name_aud add constraint fk_interaction_other_name_aud_rev foreign key (rev) references audit_revision (id);

create table interaction_safety_item_aud (
    revtype        smallint,
    interaction_id bigint not null,
    rev            bigint not null,
    safety_item_id bigint not null,
    primary key (interaction_id, rev, safety_item_id)
);
alter table interaction_safety_item_aud add constraint fk_interaction_safety_item_aud_rev foreign key (rev) references audit_revision (id);

create table drug_brand_name_aud (
    revtype smallint,
    drug_id bigint not null,
    rev     bigint not null,
    name    varchar(6000) not null,
    primary key (drug_id, rev, name)
);
alter table drug_brand_name_aud add constraint fk_drug_brand_name_aud_rev foreign key (rev) references audit_revision (id);

insert into audit_revision (timestamp, username) values (1796148000000, 'migration');

-- Item 6: class words are known words (fact sheet revision 2, section 6). There is no SSRI interaction on
-- record, so "SSRI" gets no name here and stays unmatched.
insert into interaction_other_name (interaction_id, name)
    select i.id, n.name from interaction i, (
        select 'opioids' as slug, 'opioid' as name
        union all select 'opioids', 'opioid analgesic'
        union all select 'opioids', 'opioid analgesics'
        union all select 'opioids', 'opiate'
        union all select 'opioids', 'opiates'
        union all select 'benzodiazepines', 'benzodiazepine'
        union all select 'alcohol', 'beer'
        union all select 'alcohol', 'wine'
        union all select 'alcohol', 'spirits'
        union all select 'alcohol', 'liquor'
        union all select 'alcohol', 'ethyl alcohol'
        union all select 'alcohol', 'alcoholic drinks'
        union all select 'other-cns-depressants', 'CNS depressant'
        union all select 'other-cns-depressants', 'CNS depressants'
        union all select 'other-cns-depressants', 'sedative'
        union all select 'other-cns-depressants', 'sedatives'
        union all select 'other-cns-depressants', 'hypnotic'
        union all select 'other-cns-depressants', 'hypnotics'
        union all select 'other-cns-depressants', 'sleeping pills'
        union all select 'tricyclic-antidepressants', 'tricyclic antidepressant'
        union all select 'tricyclic-antidepressants', 'tricyclic'
        union all select 'tricyclic-antidepressants', 'tricyclics'
        union all select 'tricyclic-antidepressants', 'TCA'
        union all select 'tricyclic-antidepressants', 'TCAs'
        union all select 'mao-inhibitors', 'MAOI'
        union all select 'mao-inhibitors', 'MAOIs'
        union all select 'mao-inhibitors', 'MAO inhibitor'
        union all select 'mao-inhibitors', 'MAO inhibitors'
        union all select 'mao-inhibitors', 'monoamine oxidase inhibitor'
        union all select 'antihypertensives', 'antihypertensive'
        union all select 'antihypertensives', 'antihypertensives'
        union all select 'antihypertensives', 'blood pressure medicine'
        union all select 'antihypertensives', 'blood pressure tablets'
        union all select 'anesthetics', 'anesthetic'
        union all select 'anesthetics', 'anaesthetic'
        union all select 'anesthetics', 'general anaesthetic'
        union all select 'antidiabetic-agents', 'antidiabetic'
        union all select 'antidiabetic-agents', 'antidiabetics'
        union all select 'neuromuscular-blockers', 'neuromuscular blocker'
        union all select 'neuromuscular-blockers', 'neuromuscular blockers'
    ) n
    where i.slug = n.slug;
insert into interaction_other_name_aud (interaction_id, name, rev, revtype)
    select interaction_id, name, (select max(id) from audit_revision), 0 from interaction_other_name;

-- Item 7: baclofen's products (fact sheet sections 1-3 and the source key: Ozobax and Ozobax DS [S2, S4],
-- Lyvispah [S5], Fleqsuvy [S6], Lioresal Intrathecal [S62], Gablofen [S63], Lioresal [S22, S47], Baclocalm
-- [S22], Baclon [S58], Bac-10 [S21], pms-Baclofen [S20]). The drug's own name covers every generic
-- ("baclofen 10 mg tablets").
insert into drug_brand_name (drug_id, name)
    select d.id, n.name from drug d, (
        select 'Lioresal' as name
        union all select 'Lioresal Intrathecal'
        union all select 'Ozobax'
        union all select 'Ozobax DS'
        union all select 'Fleqsuvy'
        union all select 'Lyvispah'
        union all select 'Gablofen'
        union all select 'Baclocalm'
        union all select 'Baclon'
        union all select 'Bac-10'
        union all select 'pms-Baclofen'
    ) n
    where d.name = 'Baclofen';
insert into drug_brand_name_aud (drug_id, name, rev, revtype)
    select drug_id, name, (select max(id) from audit_revision), 0 from drug_brand_name;

-- Item 10: the safety items the new conditions need and V2-V8 lack, in the reference's own words.
insert into safety_item (kind, route, condition_name, advice, boxed_warning, label_section, sort_order, last_reviewed)
    values ('PRECAUTION', 'ORAL', 'Parkinson''s disease', 'Older US tablet labels say baclofen has not been shown to work in Parkinson''s disease and do not recommend it there.

Levodopa, with or without carbidopa, taken together with baclofen has been followed by confusion, hallucinations, headache, nausea and agitation, and by worsening parkinsonian symptoms: see the levodopa interaction.', false, null, 245, date '2026-12-01');
insert into safety_item (kind, route, condition_name, advice, boxed_warning, label_section, sort_order, last_reviewed)
    values ('PRECAUTION', 'BOTH', 'Children and adolescents', 'Oral baclofen: the US labels have not established safety and effectiveness below 12 years of age, so oral use in younger children is off-label in the US. The UK oral solution labeling allows use from birth to under 18 years for spasticity of cerebral origin, and paediatric handbooks give starting doses by weight with maximum daily doses that disagree with one another. This reference follows the US labels.

Intrathecal baclofen is labeled for severe spasticity in children from 4 years of age; in very small children a first screening dose of 25 mcg may be used.

In one series of 54 children with cerebral palsy, 5 had new seizures after oral baclofen was started.', false, '8.4', 246, date '2026-12-01');
insert into safety_item_source (safety_item_id, source_id)
    select i.id, s.id from safety_item i, source s
    where i.condition_name = 'Parkinson''s disease' and i.last_reviewed = date '2026-12-01' and s.code in ('S9', 'S20', 'S22');
insert into safety_item_source (safety_item_id, source_id)
    select i.id, s.id from safety_item i, source s
    where i.condition_name = 'Children and adolescents' and i.last_reviewed = date '2026-12-01'
      and s.code in ('S4', 'S5', 'S6', 'S19', 'S47', 'S55', 'S62', 'S63');
insert into safety_item_aud (boxed_warning, last_reviewed, sort_order, id, advice, condition_name, label_section, reviewed_by, kind, route, rev, revtype)
    select boxed_warning, last_reviewed, sort_order, id, advice, condition_name, label_section, reviewed_by, kind, route, (select max(id) from audit_revision), 0
    from safety_item where condition_name in ('Parkinson''s disease', 'Children and adolescents') and last_reviewed = date '2026-12-01';
insert into safety_item_source_aud (safety_item_id, source_id, rev, revtype)
    select m.safety_item_id, m.source_id, (select max(id) from audit_revision), 0 from safety_item_source m
    join safety_item i on i.id = m.safety_item_id
    where i.condition_name in ('Parkinson''s disease', 'Children and adolescents') and i.last_reviewed = date '2026-12-01';

-- Item 10: an opioid match also shows the concomitant-opioid precaution (V2 safety item 22).
insert into interaction_safety_item (interaction_id, safety_item_id)
    select i.id, s.id from interaction i, safety_item s
    where i.slug = 'opioids' and s.kind = 'PRECAUTION' and s.condition_name = 'Concomitant opioids';
insert into interaction_safety_item_aud (interaction_id, safety_item_id, rev, revtype)
    select interaction_id, safety_item_id, (select max(id) from audit_revision), 0 from interaction_safety_item;

-- The interactions and the drug whose collections changed get a modified row, as Envers records them.
update interaction set version = version + 1
    where id in (select interaction_id from interaction_other_name) or id in (select interaction_id from interaction_safety_item);
insert into interaction_aud (last_reviewed, sort_order, id, effect, interactant, management, reviewed_by, severity_note, slug, interactant_kind, severity, rev, revtype)
    select last_reviewed, sort_order, id, effect, interactant, management, reviewed_by, severity_note, slug, interactant_kind, severity, (select max(id) from audit_revision), 1
    from interaction where id in (select interaction_id from interaction_other_name) or id in (select interaction_id from interaction_safety_item);
update drug set version = version + 1 where id in (select drug_id from drug_brand_name);
insert into drug_aud (last_reviewed, id, atc_code, mechanism, name, reviewed_by, rxnorm_cui, snomed_ct_id, summary, rxnorm_source_id, atc_source_id, snomed_ct_source_id, rev, revtype)
    select last_reviewed, id, atc_code, mechanism, name, reviewed_by, rxnorm_cui, snomed_ct_id, summary, rxnorm_source_id, atc_source_id, snomed_ct_source_id, (select max(id) from audit_revision), 1
    from drug where id in (select drug_id from drug_brand_name);

-- Item 10: the conditions fact sheet revision 2 supports and the check lacked, each mapped to the stored
-- safety items that concern it. The labeled contraindication is listed first.
insert into screening_condition (code, label, sort_order, last_reviewed) values
('HYPERSENSITIVITY_TO_BACLOFEN', 'Known hypersensitivity to baclofen', 5, date '2026-12-01'),
('INTRATHECAL_PUMP', 'Implanted intrathecal baclofen pump', 150, date '2026-12-01'),
('RELIES_ON_SPASTICITY', 'Relies on spasticity to stand, keep balance or function', 160, date '2026-12-01'),
('SPINAL_CORD_INJURY_T6_OR_ABOVE', 'Spinal cord injury at T6 or above', 170, date '2026-12-01'),
('PARKINSONS_DISEASE', 'Parkinson''s disease', 180, date '2026-12-01'),
('CHILD_OR_ADOLESCENT', 'Child or adolescent (under 18)', 190, date '2026-12-01');

insert into screening_condition_safety_item (screening_condition_id, safety_item_id)
    select c.id, s.id from screening_condition c, safety_item s, (
        select 'HYPERSENSITIVITY_TO_BACLOFEN' as code, 'CONTRAINDICATION' as kind, 'Hypersensitivity to baclofen' as item
        union all select 'INTRATHECAL_PUMP', 'WARNING', 'Abrupt discontinuation of intrathecal baclofen'
        union all select 'INTRATHECAL_PUMP', 'OVERDOSE', 'Intrathecal overdose'
        union all select 'RELIES_ON_SPASTICITY', 'WARNING', 'Posture and balance'
        union all select 'SPINAL_CORD_INJURY_T6_OR_ABOVE', 'WARNING', 'Autonomic dysreflexia'
        -- The boxed warning names injury at T6 or above among the highest risks of intrathecal withdrawal.
        union all select 'SPINAL_CORD_INJURY_T6_OR_ABOVE', 'WARNING', 'Abrupt discontinuation of intrathecal baclofen'
        union all select 'PARKINSONS_DISEASE', 'PRECAUTION', 'Parkinson''s disease'
        union all select 'CHILD_OR_ADOLESCENT', 'PRECAUTION', 'Children and adolescents'
    ) m
    where c.code = m.code and s.kind = m.kind and s.condition_name = m.item;

insert into screening_condition_aud (sort_order, id, code, label, last_reviewed, reviewed_by, rev, revtype)
    select sort_order, id, code, label, last_reviewed, reviewed_by, (select max(id) from audit_revision), 0
    from screening_condition where code in ('HYPERSENSITIVITY_TO_BACLOFEN', 'INTRATHECAL_PUMP', 'RELIES_ON_SPASTICITY', 'SPINAL_CORD_INJURY_T6_OR_ABOVE', 'PARKINSONS_DISEASE', 'CHILD_OR_ADOLESCENT');
insert into screening_condition_safety_item_aud (safety_item_id, screening_condition_id, rev, revtype)
    select m.safety_item_id, m.screening_condition_id, (select max(id) from audit_revision), 0
    from screening_condition_safety_item m join screening_condition c on c.id = m.screening_condition_id
    where c.code in ('HYPERSENSITIVITY_TO_BACLOFEN', 'INTRATHECAL_PUMP', 'RELIES_ON_SPASTICITY', 'SPINAL_CORD_INJURY_T6_OR_ABOVE', 'PARKINSONS_DISEASE', 'CHILD_OR_ADOLESCENT');

insert into audit_revision_entity (revision_id, entity_name) values ((select max(id) from audit_revision), 'org.baclofen.reference.interaction.Interaction');
insert into audit_revision_entity (revision_id, entity_name) values ((select max(id) from audit_revision), 'org.baclofen.reference.overview.Drug');
insert into audit_revision_entity (revision_id, entity_name) values ((select max(id) from audit_revision), 'org.baclofen.reference.safety.SafetyItem');
insert into audit_revision_entity (revision_id, entity_name) values ((select max(id) from audit_revision), 'org.baclofen.reference.screening.ScreeningCondition');
