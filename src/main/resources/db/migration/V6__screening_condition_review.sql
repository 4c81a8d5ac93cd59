-- Screening conditions become editable content (issue 4): like every other item they record when they
-- were last reviewed and by whom. The conditions loaded by V4 were reviewed with the rest of the content.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode, so it keeps to their common subset.

alter table screening_condition add column last_reviewed date;
update screening_condition set last_reviewed = date '2026-11-21';
alter table screening_condition alter column last_reviewed set not null;
alter table screening_condition add column reviewed_by varchar(100);

-- The audit table follows the entity; the baseline revision gets the same review date.
alter table screening_condition_aud add column last_reviewed date;
alter table screening_condition_aud add column reviewed_by varchar(6000);
update screening_condition_aud set last_reviewed = date '2026-11-21' where last_reviewed is null;
