-- Certificates the national issuing CA issued, and the CRLs it published. CA keys are not here: they live in
-- PKCS#12 files under yagona.signature.key-store-dir.
create schema if not exists signature;

create table signature.certificate (
    serial          text primary key,             -- hex, as openssl prints it
    profile         text not null check (profile in ('PERSON', 'OFFICIAL', 'LEGAL_ENTITY', 'SEAL')),
    holder_pinfl    text,                         -- the person who holds the key, if any
    subject         text not null,
    not_before      timestamptz not null,
    not_after       timestamptz not null,
    der             bytea not null,
    -- a key the platform keeps for remote signing: PKCS#8 under AES-256-GCM with a key derived from the PIN
    sealed_key      bytea,
    key_salt        bytea,
    key_nonce       bytea,
    key_iterations  integer,
    failed_pins     integer not null default 0,   -- wrong PINs in a row; the key locks at the limit
    issued_at       timestamptz not null default now(),
    revoked_at      timestamptz,
    revocation_reason integer
);

create index certificate_holder on signature.certificate (holder_pinfl);
create index certificate_revoked on signature.certificate (revoked_at) where revoked_at is not null;

create table signature.crl (
    number       bigint primary key,
    this_update  timestamptz not null,
    next_update  timestamptz not null,
    der          bytea not null
);
