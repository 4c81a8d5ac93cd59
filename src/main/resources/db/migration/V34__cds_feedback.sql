-- What EHRs report back about the CDS Hooks cards (POST /cds-services/{id}/feedback), kept as counts only:
-- per service, card kind (carried in the card's uuid), outcome (accepted or overridden) and, for an
-- override, the reason code when it is one this service offered. Nothing identifies a patient, a user or a
-- call; the user's comment is never stored. Admins read the counts at /admin/cds-feedback.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode, so it keeps to their common subset.

create table cds_feedback (
    service_id      varchar(60) not null,
    card_kind       varchar(40) not null,
    outcome         varchar(20) not null,
    override_reason varchar(60) not null,
    count           bigint      not null,
    last_at         timestamp with time zone not null,
    primary key (service_id, card_kind, outcome, override_reason)
);
