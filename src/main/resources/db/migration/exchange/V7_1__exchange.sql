-- The interagency exchange: who may ask what (policy), what was asked (access log, hash-chained and anchored in
-- the ledger), and the keys agency systems sign their requests with.
create schema if not exists exchange;

-- Which agency (code prefix: "MBB" covers "MBB.1726.1726266") may call which service for which purpose.
-- Anything not listed is refused.
create table exchange.policy (
    agency_prefix text not null check (agency_prefix ~ '^[A-Z0-9]+(\.[A-Z0-9]+)*$'),
    service       text not null,
    purpose       text not null,
    primary key (service, agency_prefix, purpose)
);

insert into exchange.policy (agency_prefix, service, purpose)
select 'MBB', service, 'ENFORCEMENT' from unnest(array[
    'population.person', 'population.family', 'tax.employment', 'tax.income', 'tax.debts',
    'cadastre.real-estate', 'cadastre.encumber', 'cadastre.lift',
    'banking.accounts', 'banking.hold', 'banking.release', 'banking.debit',
    'vehicles.list', 'vehicles.arrest', 'vehicles.lift', 'travel.bans', 'travel.ban', 'travel.lift',
    'composite.person-with-assets', 'composite.debtor-assets']) service
union all
select 'STC', service, 'TAX_ADMINISTRATION' from unnest(array[
    'population.person', 'tax.employment', 'tax.income', 'tax.debts', 'cadastre.real-estate',
    'banking.accounts', 'vehicles.list', 'composite.person-with-assets']) service
union all
select 'MIA', service, 'CRIMINAL_INVESTIGATION' from unnest(array[
    'population.person', 'population.family', 'population.civil-acts', 'tax.employment', 'tax.income',
    'cadastre.real-estate', 'banking.accounts', 'vehicles.list', 'travel.bans', 'travel.ban', 'travel.lift',
    'composite.person-with-assets', 'composite.debtor-assets']) service
union all
select 'MSP', service, 'SOCIAL_PROTECTION' from unnest(array[
    'population.person', 'population.family', 'tax.employment', 'tax.income']) service
union all
select 'MDT', service, 'SELF' from unnest(array[
    'population.person', 'population.family', 'population.civil-acts', 'tax.employment', 'tax.income',
    'tax.debts', 'cadastre.real-estate', 'banking.accounts', 'vehicles.list', 'travel.bans',
    'composite.person-with-assets']) service
union all
select 'MDT', 'population.person', 'PUBLIC_SERVICE';

-- The access log. entry_hash = SHA-256(previous_hash || canonical encoding of the entry), see AccessLog.
-- seq has no gaps (one writer at a time under an advisory lock), so a deleted row shows as a gap.
create table exchange.access_log (
    seq            bigint primary key check (seq > 0),
    request_id     uuid not null unique,
    logged_at      timestamptz not null,
    agency         text not null,
    officer        uuid,
    system_client  text,
    purpose        text,
    legal_basis    text,
    case_reference text,
    service        text not null,
    subject        text not null,
    outcome        text not null check (outcome in ('SERVED', 'REFUSED', 'NOT_FOUND', 'REJECTED')),
    reason         text,
    request_digest bytea not null check (length(request_digest) = 32),
    answer_digest  bytea check (length(answer_digest) = 32),
    hidden_until   date,
    previous_hash  bytea not null check (length(previous_hash) = 32),
    entry_hash     bytea not null check (length(entry_hash) = 32)
);
create index access_log_subject on exchange.access_log (subject, seq desc);

-- Heads of the chain as anchored in the ledger: the ledger entry (type exchange.access-log.head, reference
-- "exchange-access-log:<seq>", digest = entry_hash of seq) makes a truncated tail evident.
create table exchange.anchor (
    seq             bigint primary key,
    head_hash       bytea not null check (length(head_hash) = 32),
    anchored_at     timestamptz not null default now(),
    ledger_sequence bigint not null
);

create function exchange.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'exchange.% is append-only: % refused', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger access_log_append_only before update or delete on exchange.access_log
    for each row execute function exchange.refuse_change();
create trigger access_log_no_truncate before truncate on exchange.access_log
    for each statement execute function exchange.refuse_change();
create trigger anchor_append_only before update or delete on exchange.anchor
    for each row execute function exchange.refuse_change();
create trigger anchor_no_truncate before truncate on exchange.anchor
    for each statement execute function exchange.refuse_change();

-- Public keys that agency systems sign their requests with, one current key per client.
create table exchange.system_key (
    client_id     text not null,
    key_id        text not null,
    public_jwk    text not null,
    registered_at timestamptz not null default now(),
    revoked_at    timestamptz,
    primary key (client_id, key_id)
);
