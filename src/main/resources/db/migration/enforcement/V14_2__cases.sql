-- Enforcement cases: opened by a signed writ (one case per writ), held by a district department of the bureau
-- (agency code MBB.<region>.<district>) and assigned to one of its officers.
create table enforcement.enforcement_case (
    number           text primary key,
    writ_number      text not null unique references enforcement.writ (number),
    debtor_pinfl     text,
    debtor_stir      text,
    agency           text not null,
    officer          uuid,
    claim_type       text not null,
    amount_tiyin     bigint,
    recovered_tiyin  bigint not null default 0 check (recovered_tiyin >= 0),
    status           text not null check (status in ('OPEN', 'CLOSED')),
    voluntary_until  date not null,
    invoice_id       uuid,
    invoice_number   text,
    opened_at        timestamptz not null,
    closed_at        timestamptz,
    check ((debtor_pinfl is null) <> (debtor_stir is null))
);
create index case_debtor_pinfl on enforcement.enforcement_case (debtor_pinfl);
create index case_debtor_stir on enforcement.enforcement_case (debtor_stir);
create index case_open_by_officer on enforcement.enforcement_case (officer) where status = 'OPEN';
create index case_agency on enforcement.enforcement_case (agency, opened_at desc);

-- Automated decisions about a case, each with what it was based on, the rule, the outcome and why: the debtor
-- sees them and may contest them.
create table enforcement.decision (
    id          uuid primary key,
    case_number text references enforcement.enforcement_case (number),
    writ_number text not null references enforcement.writ (number),
    kind        text not null,
    rule        text not null,
    inputs      jsonb not null,
    outcome     text not null,
    reason      text not null,
    decided_at  timestamptz not null
);
create index decision_case on enforcement.decision (case_number, decided_at);
