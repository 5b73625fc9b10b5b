-- The therapy session log. Every table carries clinic_id: Hibernate's tenant discriminator adds it to every
-- query and insert, so one clinic's rows are never reachable with another clinic's credentials.

create table therapy_session (
    id                      uuid         primary key,
    clinic_id               varchar(64)  not null,
    patient_ref             varchar(64)  not null,
    therapist               varchar(128) not null,
    session_date            date         not null,
    status                  varchar(20)  not null check (status in ('recorded', 'entered-in-error')),
    entered_in_error_reason text,
    version                 integer      not null,
    pain_before             integer      not null check (pain_before between 0 and 10),
    pain_after              integer      check (pain_after between 0 and 10),
    document                jsonb        not null,
    created_at              timestamptz  not null,
    created_by              varchar(128) not null,
    updated_at              timestamptz  not null,
    updated_by              varchar(128) not null
);
create index therapy_session_patient on therapy_session (clinic_id, patient_ref, session_date, id);
create index therapy_session_date on therapy_session (clinic_id, session_date, id);

-- Every version a session ever had, including the current one: corrections never overwrite history.
create table therapy_session_version (
    session_id              uuid         not null references therapy_session (id),
    version                 integer      not null,
    clinic_id               varchar(64)  not null,
    status                  varchar(20)  not null,
    entered_in_error_reason text,
    document                jsonb        not null,
    recorded_at             timestamptz  not null,
    recorded_by             varchar(128) not null,
    primary key (session_id, version)
);

-- Retries of a POST with the same Idempotency-Key get the first answer and create nothing.
create table idempotency_record (
    id            bigint       primary key,
    clinic_id     varchar(64)  not null,
    idem_key      varchar(200) not null,
    request_hash  varchar(64)  not null,
    session_id    uuid         not null references therapy_session (id),
    created_at    timestamptz  not null,
    unique (clinic_id, idem_key)
);
create sequence idempotency_record_seq increment by 50;

-- The change feed. Writers of one clinic are serialised by an advisory lock and take their number inside it,
-- so numbers grow in commit order within a clinic and a poller that reads past N never misses one below N.
create sequence session_change_seq;
create table session_change (
    seq         bigint       primary key,
    clinic_id   varchar(64)  not null,
    session_id  uuid         not null references therapy_session (id),
    version     integer      not null,
    kind        varchar(20)  not null check (kind in ('created', 'corrected', 'entered-in-error')),
    changed_at  timestamptz  not null
);
create index session_change_feed on session_change (clinic_id, seq);

create sequence audit_record_seq increment by 50;
create table audit_record (
    id             bigint       primary key,
    clinic_id      varchar(64)  not null,
    actor          varchar(128),
    roles          varchar(200) not null,
    action         varchar(40)  not null,
    resource_type  varchar(40)  not null,
    resource_id    varchar(128),
    outcome        varchar(40)  not null,
    at             timestamptz  not null
);
create index audit_record_clinic on audit_record (clinic_id, id);

-- Audit records are appended only: the database refuses to change or remove one.
create function audit_record_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit records are never updated or deleted';
end;
$$;
create trigger audit_record_append_only before update or delete on audit_record
    for each row execute function audit_record_is_append_only();
