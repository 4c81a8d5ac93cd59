-- Ten times the interactions, screening conditions and sources: nine copies of each, every
-- copy with names of its own ("fx2 Opioids", "fx2 oxycodone", source F2S12), so the medication
-- matcher, the conditions and the citations grow tenfold while what a request asks about still
-- matches only the originals. Copies cite the copies of their sources and keep the originals'
-- warnings. A revision is recorded last, as a published edit would, so every cache notices.
-- Used by the benchmark (.ci/benchmark, BENCH_CONTENT=tenfold) and StatementCountTest.

insert into source (code, title, kind, note, last_reviewed, read_via)
select 'F' || k.n || s.code, s.title, s.kind, s.note, s.last_reviewed, s.read_via
from source s, (values (2), (3), (4), (5), (6), (7), (8), (9), (10)) as k (n)
where s.code not like 'F%';

insert into source_address (source_id, position, url)
select c.id, a.position, a.url
from source_address a
join source s on s.id = a.source_id
join (values (2), (3), (4), (5), (6), (7), (8), (9), (10)) as k (n) on true
join source c on c.code = 'F' || k.n || s.code;

insert into interaction (slug, interactant, interactant_kind, effect, management, severity, severity_note,
                         sort_order, last_reviewed)
select 'fx' || k.n || '-' || i.slug, 'fx' || k.n || ' ' || i.interactant, i.interactant_kind, i.effect,
       i.management, i.severity, i.severity_note, i.sort_order, i.last_reviewed
from interaction i, (values (2), (3), (4), (5), (6), (7), (8), (9), (10)) as k (n)
where i.slug not like 'fx%';

insert into interaction_member (interaction_id, name, brand)
select c.id, 'fx' || k.n || ' ' || m.name, m.brand
from interaction_member m
join interaction i on i.id = m.interaction_id
join (values (2), (3), (4), (5), (6), (7), (8), (9), (10)) as k (n) on true
join interaction c on c.slug = 'fx' || k.n || '-' || i.slug;

insert into interaction_other_name (interaction_id, name)
select c.id, 'fx' || k.n || ' ' || o.name
from interaction_other_name o
join interaction i on i.id = o.interaction_id
join (values (2), (3), (4), (5), (6), (7), (8), (9), (10)) as k (n) on true
join interaction c on c.slug = 'fx' || k.n || '-' || i.slug;

insert into interaction_safety_item (interaction_id, safety_item_id)
select c.id, l.safety_item_id
from interaction_safety_item l
join interaction i on i.id = l.interaction_id
join (values (2), (3), (4), (5), (6), (7), (8), (9), (10)) as k (n) on true
join interaction c on c.slug = 'fx' || k.n || '-' || i.slug;

insert into interaction_source (interaction_id, source_id)
select c.id, cs.id
from interaction_source l
join interaction i on i.id = l.interaction_id
join source s on s.id = l.source_id
join (values (2), (3), (4), (5), (6), (7), (8), (9), (10)) as k (n) on true
join interaction c on c.slug = 'fx' || k.n || '-' || i.slug
join source cs on cs.code = 'F' || k.n || s.code;

insert into screening_condition (code, label, sort_order, last_reviewed)
select 'FX' || k.n || '_' || c.code, 'fx' || k.n || ' ' || c.label, c.sort_order, c.last_reviewed
from screening_condition c, (values (2), (3), (4), (5), (6), (7), (8), (9), (10)) as k (n)
where c.code not like 'FX%';

insert into screening_condition_safety_item (screening_condition_id, safety_item_id)
select c.id, l.safety_item_id
from screening_condition_safety_item l
join screening_condition o on o.id = l.screening_condition_id
join (values (2), (3), (4), (5), (6), (7), (8), (9), (10)) as k (n) on true
join screening_condition c on c.code = 'FX' || k.n || '_' || o.code;

insert into audit_revision (timestamp, username)
values (cast(extract(epoch from current_timestamp) * 1000 as bigint), 'tenfold-content');
