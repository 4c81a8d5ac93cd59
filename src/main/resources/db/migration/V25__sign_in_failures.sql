-- Sign-in limits that protect without locking anyone out (issue 19): only failures are counted, per
-- client address, per account (by username, known or not) and per account from one address. The per-
-- username count it replaces (login_throttle, V12) counted every attempt before the password was checked,
-- so anyone could lock any account out, the admin's included.
-- A row is one count: throttle_key is a SHA-256 of its scope and subject; account_key a SHA-256 of the
-- lowercased username (the table holds no usernames); address is the client address, kept so that admins
-- can see which addresses are throttled. Rows are deleted once their window has passed.
create table sign_in_failure (
    throttle_key      varchar(64) primary key,
    scope             varchar(20) not null,
    account_key       varchar(64),
    address           varchar(64),
    failures          integer     not null,
    version           integer     not null,
    window_started_at timestamp with time zone not null,
    last_failure_at   timestamp with time zone not null,
    blocked_until     timestamp with time zone,
    constraint sign_in_failure_scope check (scope in ('ADDRESS', 'ACCOUNT', 'ACCOUNT_AT_ADDRESS')),
    constraint sign_in_failure_failures check (failures >= 0)
);
create index sign_in_failure_last on sign_in_failure (last_failure_at);
create index sign_in_failure_account on sign_in_failure (account_key);

drop table login_throttle;
