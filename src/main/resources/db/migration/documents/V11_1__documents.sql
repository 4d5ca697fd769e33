-- Electronic document management: documents, their kept versions, registration counters, grants, signatures.
create schema if not exists documents;

create table documents.documents (
    id                  uuid primary key,
    title               text not null,
    kind                text not null,
    agency_code         text not null,
    subject_pinfl       char(14),
    registration_number text unique,
    created_at          timestamptz not null
);

create table documents.versions (
    document_id uuid not null references documents.documents (id),
    number      integer not null check (number >= 1),
    media_type  text not null,
    size        bigint not null,
    sha256      char(64) not null,
    created_at  timestamptz not null,
    primary key (document_id, number)
);

-- one row per agency and year; taking a number updates the row, so concurrent registrations queue on its lock
-- and a rolled-back registration gives its number back: the sequence has no gaps
create table documents.registration_counters (
    agency_code text not null,
    year        integer not null,
    last_number integer not null,
    primary key (agency_code, year)
);

create table documents.grants (
    document_id uuid not null references documents.documents (id),
    pinfl       char(14) not null,
    granted_at  timestamptz not null,
    primary key (document_id, pinfl)
);

create table documents.signatures (
    id           bigserial primary key,
    document_id  uuid not null,
    version      integer not null,
    cms          bytea not null,
    signer       text,
    signer_pinfl char(14),
    valid        boolean not null,
    attached_at  timestamptz not null,
    foreign key (document_id, version) references documents.versions (document_id, number)
);
