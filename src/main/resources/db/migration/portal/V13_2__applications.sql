-- Applications for the catalog's public services: what was asked and answered, what the registries gave (a
-- snapshot), the applicant's signature, the fee's invoice, the legal term, every event, the result and the rating.
-- Services are referenced by code in the catalog's portal.services (V13_1).

create sequence portal.application_number;

create table portal.applications (
    number           text primary key check (number ~ '^ARZ-[0-9]{4}-[0-9]{7,}$'),
    service_code     text not null references portal.services (code),
    agency_code      text not null,
    agency_root      text not null,
    applicant_id     uuid not null,
    applicant_pinfl  text not null check (applicant_pinfl ~ '^[0-9]{14}$'),
    language         text not null,
    status           text not null check (status in ('AWAITING_PAYMENT', 'SUBMITTED', 'IN_REVIEW',
                         'MORE_INFO_REQUESTED', 'APPROVED', 'REJECTED', 'ISSUED')),
    answers          jsonb not null,
    facts            jsonb not null,
    signature        bytea,
    signature_valid  boolean,
    signer           text,
    fee              bigint not null check (fee >= 0),
    invoice_id       uuid,
    term_days        int not null check (term_days > 0),
    submitted_at     timestamptz not null,
    term_started_at  timestamptz,
    due_date         date,
    officer_id       uuid,
    reason           text,
    info_request     text,
    result_document  uuid,
    result_number    text,
    licence_number   text,
    closed_at        timestamptz,
    idempotency_key  text,
    unique (applicant_id, idempotency_key)
);
create index on portal.applications (applicant_id, submitted_at desc);
create index on portal.applications (agency_root, status, due_date);

create table portal.application_attachments (
    number       text not null references portal.applications (number),
    field        text not null,
    document_id  uuid not null,
    media_type   text not null,
    filename     text not null,
    primary key (number, field)
);

create table portal.application_events (
    id        bigserial primary key,
    number    text not null references portal.applications (number),
    at        timestamptz not null,
    kind      text not null,
    actor     text not null check (actor in ('APPLICANT', 'OFFICER', 'PAYMENTS', 'SYSTEM')),
    note      text
);
create index on portal.application_events (number, id);

-- one rating per application, by its applicant, once it is closed (issued or rejected)
create table portal.ratings (
    number        text primary key references portal.applications (number),
    service_code  text not null references portal.services (code),
    agency_root   text not null,
    score         int not null check (score between 1 and 5),
    comment       text check (length(comment) <= 1000),
    rated_at      timestamptz not null
);
create index on portal.ratings (agency_root);
create index on portal.ratings (service_code);
