-- Removes what tenfold-content.sql added (its copies, by their names), and records a revision as a
-- published edit would.
delete from interaction where slug like 'fx%-%';
delete from screening_condition where code like 'FX%';
delete from source where code like 'F%';
insert into audit_revision (timestamp, username)
values (cast(extract(epoch from current_timestamp) * 1000 as bigint), 'tenfold-content');
