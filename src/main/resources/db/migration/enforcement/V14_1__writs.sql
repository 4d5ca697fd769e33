-- Writs of execution: drafted by court staff, signed by a judge (detached CMS over the canonical JSON of the
-- writ), and anchored in the ledger (entry type enforcement.writ, reference = number, digest = SHA-256 of it).
create schema if not exists enforcement;

-- one row per kind of number and year; taking a number locks it, so numbers are unique and gap-free
create table enforcement.counter (
    kind  text not null,
    year  integer not null,
    last  integer not null,
    primary key (kind, year)
);

create table enforcement.writ (
    number           text primary key,
    court            text not null,
    decision_number  text not null,
    decision_date    date not null,
    creditor_pinfl   text check (creditor_pinfl ~ '^[0-9]{14}$'),
    creditor_stir    text check (creditor_stir ~ '^[0-9]{9}$'),
    creditor_name    text not null,
    debtor_pinfl     text check (debtor_pinfl ~ '^[0-9]{14}$'),
    debtor_stir      text check (debtor_stir ~ '^[0-9]{9}$'),
    debtor_name      text not null,
    debtor_district  text check (debtor_district ~ '^17[0-9]{5}$'),
    claim_type       text not null check (claim_type in ('MONEY_RECOVERY', 'ALIMONY', 'FINE', 'STATE_DUTY',
                                                         'DAMAGES', 'NON_MONETARY')),
    amount_tiyin     bigint check (amount_tiyin > 0),
    obligation       text,
    author           text not null,
    issued_at        timestamptz not null,
    status           text not null check (status in ('DRAFT', 'SIGNED')),
    signature        bytea,
    signed_by        text,
    signed_at        timestamptz,
    ledger_sequence  bigint,
    check ((creditor_pinfl is null) <> (creditor_stir is null)),
    check ((debtor_pinfl is null) <> (debtor_stir is null)),
    check (claim_type = 'NON_MONETARY' and obligation is not null and amount_tiyin is null
        or claim_type <> 'NON_MONETARY' and amount_tiyin is not null),
    check (status = 'DRAFT' or signature is not null and signed_by is not null and ledger_sequence is not null)
);
create index writ_debtor_pinfl on enforcement.writ (debtor_pinfl);
create index writ_debtor_stir on enforcement.writ (debtor_stir);
