-- Money received from a debtor (a debit through the exchange, an online payment), counted once per external
-- reference, and how it was distributed over the debtor's open cases: claims by order of priority, then fees.
alter table enforcement.enforcement_case
    add column fee_tiyin      bigint not null default 0 check (fee_tiyin >= 0),
    add column fee_paid_tiyin bigint not null default 0 check (fee_paid_tiyin >= 0);

create table enforcement.receipt (
    id            uuid primary key,
    debtor        text not null,
    source        text not null check (source in ('DEBIT', 'ONLINE')),
    external_ref  text not null unique,
    amount_tiyin  bigint not null check (amount_tiyin > 0),
    received_at   timestamptz not null
);
create index receipt_debtor on enforcement.receipt (debtor, received_at);

create table enforcement.distribution (
    id            uuid primary key,
    receipt_id    uuid not null references enforcement.receipt (id),
    case_number   text references enforcement.enforcement_case (number),
    beneficiary   text not null,
    part          text not null check (part in ('CLAIM', 'FEE', 'RETURN')),
    amount_tiyin  bigint not null check (amount_tiyin > 0)
);
create index distribution_case on enforcement.distribution (case_number);
