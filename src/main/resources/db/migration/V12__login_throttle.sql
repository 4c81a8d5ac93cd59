-- Sign-in attempts are counted per hashed username and per hashed client address in one table, with one
-- atomic update per attempt, so the limit holds under parallel guessing and across instances (issue 9).
-- The per-account counter it replaces was updated through an optimistic lock, which lost counts under load.
create table login_throttle (
    throttle_key      varchar(64) primary key,
    attempts          integer     not null,
    window_started_at timestamp with time zone not null
);
create index login_throttle_window on login_throttle (window_started_at);

alter table app_account drop column failed_logins;
alter table app_account drop column locked_until;
