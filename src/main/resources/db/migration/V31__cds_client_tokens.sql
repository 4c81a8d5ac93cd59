-- CDS Hooks clients authenticate with a signed JWT whose jti must never be used twice (CDS Hooks 2.0,
-- "Trusting CDS Clients"). Each accepted jti is kept until its token expires (at most minutes), in the
-- database so that every instance refuses a token another has accepted; the primary key makes the first
-- use win a race. No patient data: the issuer is the EHR, the jti a random nonce.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode, so it keeps to their common subset.

create table cds_client_token (
    issuer     varchar(300) not null,
    jti        varchar(255) not null,
    expires_at timestamp with time zone not null,
    primary key (issuer, jti)
);

create index cds_client_token_expires_at on cds_client_token (expires_at);
