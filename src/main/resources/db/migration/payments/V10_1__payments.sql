-- Payments: invoices, the payments credited to them (one row per provider transaction, which makes callbacks
-- idempotent), refunds, and the sandbox provider's own book of transactions (what a bank would keep).
create schema if not exists payments;

create sequence payments.invoice_number;

create table payments.invoices (
    id          uuid primary key,
    number      text not null unique,
    payer       text not null check (payer ~ '^([0-9]{9}|[0-9]{14})$'),
    purpose     text not null check (length(purpose) between 1 and 500),
    amount      bigint not null check (amount > 0),
    reference   text not null check (length(reference) between 1 and 100),
    due_date    date not null,
    status      text not null check (status in ('ISSUED', 'PAID', 'PARTIALLY_REFUNDED', 'REFUNDED', 'CANCELLED')),
    refunded    bigint not null default 0 check (refunded >= 0 and refunded <= amount),
    created_at  timestamptz not null default now()
);
create index on payments.invoices (reference);

create table payments.credits (
    provider        text not null,
    transaction_id  text not null,
    invoice_id      uuid not null references payments.invoices (id),
    amount          bigint not null check (amount > 0),
    paid_at         timestamptz not null,
    credited_at     timestamptz not null default now(),
    primary key (provider, transaction_id)
);
create index on payments.credits (provider, paid_at);
create unique index credits_one_per_invoice on payments.credits (invoice_id);

create table payments.refunds (
    id              uuid primary key,
    invoice_id      uuid not null references payments.invoices (id),
    amount          bigint not null check (amount > 0),
    refunded_at     timestamptz not null default now()
);

create table payments.sandbox_transactions (
    transaction_id  text primary key,
    invoice_number  text not null,
    amount          bigint not null,
    card_last4      text not null,
    paid_at         timestamptz not null
);
create index on payments.sandbox_transactions (paid_at);
