-- The case file: each measure taken through the exchange (assets found, hold, debit, arrest, travel ban), who
-- took it, on what legal basis, and the registry's answer; active measures are lifted when the case closes.
create table enforcement.measure (
    id            uuid primary key,
    case_number   text not null references enforcement.enforcement_case (number),
    kind          text not null check (kind in ('ASSETS_FOUND', 'HOLD', 'DEBIT', 'REAL_ESTATE_ARREST',
                                                'VEHICLE_ARREST', 'TRAVEL_BAN')),
    registry_id   uuid,
    target        text,
    amount_tiyin  bigint,
    actor         text not null,
    legal_basis   text not null,
    answer        jsonb not null,
    status        text not null check (status in ('ACTIVE', 'DONE', 'LIFTED')),
    placed_at     timestamptz not null,
    lifted_at     timestamptz
);
create index measure_case on enforcement.measure (case_number, placed_at);
create index measure_active on enforcement.measure (case_number) where status = 'ACTIVE';
