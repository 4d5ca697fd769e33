-- Deduction orders to employers (Law No. 258-II: an order to withhold a share of the debtor's salary each month
-- and pay it to the bureau): a new kind of case-file entry, the order itself, and the monthly deductions the
-- employer reports, each of them money received (source EMPLOYER) distributed like a debit.
alter table enforcement.measure drop constraint measure_kind_check;
alter table enforcement.measure add constraint measure_kind_check check (kind in ('ASSETS_FOUND', 'HOLD', 'DEBIT',
    'REAL_ESTATE_ARREST', 'VEHICLE_ARREST', 'TRAVEL_BAN', 'DEDUCTION_ORDER'));

alter table enforcement.receipt drop constraint receipt_source_check;
alter table enforcement.receipt add constraint receipt_source_check check (source in ('DEBIT', 'ONLINE', 'EMPLOYER'));

-- the order's id is the registry_id of its case-file entry, by which closure lifts it
create table enforcement.deduction_order (
    id                    uuid primary key,
    case_number           text not null references enforcement.enforcement_case (number),
    debtor_pinfl          text not null check (debtor_pinfl ~ '^[0-9]{14}$'),
    employer_stir         text not null check (employer_stir ~ '^[0-9]{9}$'),
    employer_name         text not null,
    position              text not null,
    monthly_salary_tiyin  bigint not null check (monthly_salary_tiyin >= 0),
    share_percent         numeric(5, 2) not null check (share_percent > 0 and share_percent <= 100),
    share_source          text not null,
    status                text not null check (status in ('ACTIVE', 'LIFTED')),
    placed_at             timestamptz not null,
    lifted_at             timestamptz
);
create index deduction_order_employer on enforcement.deduction_order (employer_stir, placed_at desc);
create index deduction_order_case on enforcement.deduction_order (case_number);

-- one report per order and month, and per payroll reference: a report sent twice is counted once
create table enforcement.deduction (
    id                 uuid primary key,
    order_id           uuid not null references enforcement.deduction_order (id),
    period             text not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    amount_tiyin       bigint not null check (amount_tiyin > 0),
    payroll_reference  text not null check (length(payroll_reference) between 1 and 100),
    receipt_id         uuid not null references enforcement.receipt (id),
    reported_by        text not null,
    reported_at        timestamptz not null,
    unique (order_id, period),
    unique (order_id, payroll_reference)
);
