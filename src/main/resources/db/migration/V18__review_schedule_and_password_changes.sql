-- Scheduled re-review and self-service passwords (issue 11).
--
-- review_interval: how long after its last review each kind of content is due to be checked against its
-- sources again, keyed by the kind's path (as under /admin). A kind without a row uses 12 months.
create table review_interval (
    kind   varchar(60) primary key,
    months integer     not null check (months between 1 and 120)
);

insert into review_interval (kind, months) values ('adverse-effects', 12);
insert into review_interval (kind, months) values ('claim-checks', 12);
insert into review_interval (kind, months) values ('discontinuation-guidance', 12);
insert into review_interval (kind, months) values ('dosage-forms', 12);
insert into review_interval (kind, months) values ('drug', 12);
insert into review_interval (kind, months) values ('guidance-notes', 12);
insert into review_interval (kind, months) values ('indications', 12);
insert into review_interval (kind, months) values ('interactions', 12);
insert into review_interval (kind, months) values ('intrathecal-maintenance-ranges', 12);
insert into review_interval (kind, months) values ('intrathecal-screening-doses', 12);
insert into review_interval (kind, months) values ('intrathecal-titration-limits', 12);
insert into review_interval (kind, months) values ('renal-bands', 12);
insert into review_interval (kind, months) values ('safety-items', 12);
insert into review_interval (kind, months) values ('screening-conditions', 12);
insert into review_interval (kind, months) values ('severity-levels', 12);
insert into review_interval (kind, months) values ('sources', 12);
insert into review_interval (kind, months) values ('titration-protocols', 12);

-- A password an admin handed over (new account, reset) or printed in the log must be replaced by its owner
-- at the next sign-in. password_reset_hash remembers the last start-up reset (BACLOFEN_ADMIN_RESET_*), so
-- a variable left set does not reset the password again on every restart.
alter table app_account add column must_change_password boolean not null default false;
alter table app_account add column password_reset_hash varchar(200);
