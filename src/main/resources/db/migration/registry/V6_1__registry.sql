-- The agencies' source registries (module registry). One schema, one group of tables per owning agency.
-- Foreign keys join tables of the same agency only: the cadastre, the banks and the traffic police keep their own
-- records of owners by PINFL/STIR, as the real agencies do, so no table points into another agency's tables.
-- Amounts are whole tiyin (bigint), never floating point. Owner columns: exactly one of owner_pinfl, owner_stir.
create schema if not exists registry;

-- Population (Ministry of Internal Affairs, civil registry offices) ------------------------------------------

create table registry.resident (
    pinfl text primary key check (pinfl ~ '^[0-9]{14}$'),
    last_latn text not null,
    first_latn text not null,
    patronymic_latn text not null,
    last_cyrl text not null,
    first_cyrl text not null,
    patronymic_cyrl text not null,
    birth_date date not null,
    sex text not null check (sex in ('MALE', 'FEMALE')),
    birth_place text not null,
    died_on date check (died_on >= birth_date)
);

-- Registered addresses over time; the current one is the latest.
create table registry.address (
    pinfl text not null references registry.resident,
    since date not null,
    district text not null,
    mahalla text not null,
    street text not null,
    house text not null,
    apartment text,
    primary key (pinfl, since)
);

create table registry.passport (
    series text not null check (series ~ '^[A-Z]{2}$'),
    number text not null check (number ~ '^[0-9]{7}$'),
    pinfl text not null references registry.resident,
    issued_on date not null,
    expires_on date not null check (expires_on > issued_on),
    issued_by text not null,
    status text not null check (status in ('VALID', 'EXPIRED', 'LOST', 'CANCELLED')),
    primary key (series, number)
);
create index passport_by_pinfl on registry.passport (pinfl);

create table registry.civil_act (
    id uuid primary key,
    kind text not null check (kind in ('BIRTH', 'MARRIAGE', 'DIVORCE', 'DEATH', 'NAME_CHANGE')),
    number text not null,
    registered_on date not null,
    office text not null,
    subject text not null references registry.resident,
    other text references registry.resident check (other <> subject),
    note text
);
create index civil_act_by_subject on registry.civil_act (subject);
create index civil_act_by_other on registry.civil_act (other) where other is not null;

-- A link as recorded, from one side: relation is what relative_pinfl is to pinfl.
create table registry.family_link (
    pinfl text not null references registry.resident,
    relative_pinfl text not null references registry.resident check (relative_pinfl <> pinfl),
    relation text not null check (relation in ('SPOUSE', 'PARENT', 'CHILD')),
    primary key (pinfl, relative_pinfl)
);
create index family_link_by_relative on registry.family_link (relative_pinfl);

-- Taxpayers (Tax Committee) ---------------------------------------------------------------------------------

create table registry.taxpayer (
    stir text primary key check (stir ~ '^[2-7][0-9]{8}$'),
    pinfl text unique,
    name text not null,
    kind text not null check (kind in ('LEGAL_ENTITY', 'INDIVIDUAL')),
    registered_on date not null,
    check (pinfl is null or kind = 'INDIVIDUAL')
);

create table registry.employment (
    id bigint generated always as identity primary key,
    pinfl text not null,
    employer_stir text not null references registry.taxpayer,
    employer_name text not null,
    position text not null,
    monthly_salary bigint not null check (monthly_salary >= 0),
    since date not null,
    until date check (until >= since)
);
create index employment_by_pinfl on registry.employment (pinfl);

create table registry.income_declaration (
    stir text not null references registry.taxpayer,
    year int not null check (year between 1991 and 2200),
    income bigint not null check (income >= 0),
    tax_paid bigint not null check (tax_paid >= 0),
    primary key (stir, year)
);

create table registry.tax_debt (
    id uuid primary key,
    stir text not null references registry.taxpayer,
    kind text not null,
    amount bigint not null check (amount > 0),
    since date not null
);
create index tax_debt_by_stir on registry.tax_debt (stir);

-- Real-estate cadastre (Cadastre Agency) --------------------------------------------------------------------

create table registry.real_estate (
    cadastral_number text primary key,
    kind text not null check (kind in ('APARTMENT', 'HOUSE', 'LAND', 'NON_RESIDENTIAL')),
    district text not null,
    address text not null,
    area_m2 numeric(14, 2) not null check (area_m2 > 0),
    cadastral_value bigint not null check (cadastral_value >= 0)
);

-- Shares of one object add up to exactly 1: checked in exact rational arithmetic by the application under a
-- lock of the object row (uz.yagona.registry.Share), never in floating point.
create table registry.real_estate_share (
    cadastral_number text not null references registry.real_estate,
    owner_pinfl text,
    owner_stir text,
    numerator int not null check (numerator > 0),
    denominator int not null check (denominator > 0 and numerator <= denominator),
    check ((owner_pinfl is null) <> (owner_stir is null))
);
create unique index real_estate_share_person on registry.real_estate_share (cadastral_number, owner_pinfl)
    where owner_pinfl is not null;
create unique index real_estate_share_entity on registry.real_estate_share (cadastral_number, owner_stir)
    where owner_stir is not null;
create index real_estate_share_by_pinfl on registry.real_estate_share (owner_pinfl) where owner_pinfl is not null;
create index real_estate_share_by_stir on registry.real_estate_share (owner_stir) where owner_stir is not null;

create table registry.encumbrance (
    id uuid primary key,
    cadastral_number text not null references registry.real_estate,
    kind text not null check (kind in ('ARREST', 'MORTGAGE')),
    agency_code text not null,
    document text not null,
    case_reference text not null,
    imposed_at timestamptz not null,
    lifted_at timestamptz,
    lift_agency_code text,
    lift_document text,
    lift_case text,
    check ((lifted_at is null) = (lift_document is null))
);
create index encumbrance_by_object on registry.encumbrance (cadastral_number);

-- Banks ------------------------------------------------------------------------------------------------------

create table registry.bank (
    mfo text primary key check (mfo ~ '^[0-9]{5}$'),
    name_uz_latn text not null,
    name_uz_cyrl text not null,
    name_ru text not null,
    name_en text not null
);

-- held is the total of the account's active holds, kept with the balance in one row so that one row lock
-- guards both and the checks below hold at every commit: nothing overdraws, nothing held is spent.
create table registry.account (
    number text primary key check (number ~ '^[0-9]{20}$'),
    mfo text not null references registry.bank,
    owner_pinfl text,
    owner_stir text,
    currency text not null,
    balance bigint not null check (balance >= 0),
    held bigint not null default 0 check (held >= 0),
    opened_on date not null,
    closed_on date check (closed_on >= opened_on),
    check ((owner_pinfl is null) <> (owner_stir is null)),
    check (held <= balance)
);
create index account_by_pinfl on registry.account (owner_pinfl) where owner_pinfl is not null;
create index account_by_stir on registry.account (owner_stir) where owner_stir is not null;

create table registry.hold (
    id uuid primary key,
    account text not null references registry.account,
    requested bigint not null check (requested > 0),
    held bigint not null check (held >= 0 and held <= requested),
    agency_code text not null,
    document text not null,
    case_reference text not null,
    placed_at timestamptz not null,
    released_at timestamptz,
    release_agency_code text,
    release_document text,
    release_case text
);
create index hold_by_account on registry.hold (account);

create table registry.debit (
    id uuid primary key,
    idempotency_key text not null unique check (length(idempotency_key) between 1 and 200),
    account text not null references registry.account,
    hold_id uuid references registry.hold,
    amount bigint not null check (amount > 0),
    beneficiary_account text not null check (beneficiary_account <> account),
    agency_code text not null,
    document text not null,
    case_reference text not null,
    executed_at timestamptz not null
);
create index debit_by_account on registry.debit (account);

-- The journal of every change of a balance: balance = sum(amount) of the account's movements, always.
create table registry.account_movement (
    id bigint generated always as identity primary key,
    account text not null references registry.account,
    amount bigint not null check (amount <> 0),
    kind text not null check (kind in ('OPENING', 'CREDIT', 'DEBIT', 'DEBIT_IN')),
    debit_id uuid references registry.debit,
    reference text not null,
    moved_at timestamptz not null default now()
);
create index account_movement_by_account on registry.account_movement (account);

create function registry.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'registry.% is append-only: % refused', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end
$$;
create trigger account_movement_append_only before update or delete on registry.account_movement
    for each row execute function registry.refuse_change();
create trigger debit_append_only before update or delete on registry.debit
    for each row execute function registry.refuse_change();

-- Vehicles (traffic police) ------------------------------------------------------------------------------------

create table registry.vehicle (
    vin text primary key check (vin ~ '^[A-HJ-NPR-Z0-9]{17}$'),
    plate text not null,
    make text not null,
    model text not null,
    year int not null check (year between 1900 and 2200),
    colour text not null,
    owner_pinfl text,
    owner_stir text,
    registered_on date not null,
    check ((owner_pinfl is null) <> (owner_stir is null))
);
create index vehicle_by_pinfl on registry.vehicle (owner_pinfl) where owner_pinfl is not null;
create index vehicle_by_stir on registry.vehicle (owner_stir) where owner_stir is not null;

create table registry.vehicle_arrest (
    id uuid primary key,
    vin text not null references registry.vehicle,
    agency_code text not null,
    document text not null,
    case_reference text not null,
    imposed_at timestamptz not null,
    lifted_at timestamptz,
    lift_agency_code text,
    lift_document text,
    lift_case text,
    check ((lifted_at is null) = (lift_document is null))
);
create index vehicle_arrest_by_vin on registry.vehicle_arrest (vin);

-- Travel restrictions (border service) ------------------------------------------------------------------------

create table registry.travel_ban (
    id uuid primary key,
    pinfl text not null,
    agency_code text not null,
    document text not null,
    case_reference text not null,
    imposed_on date not null,
    until date check (until >= imposed_on),
    lifted_at timestamptz,
    lift_agency_code text,
    lift_document text,
    lift_case text,
    check ((lifted_at is null) = (lift_document is null))
);
create index travel_ban_by_pinfl on registry.travel_ban (pinfl);

-- Every registration and change of owners of a real-estate object, with its basis: the title history.
create table registry.title_record (
    id bigint generated always as identity primary key,
    cadastral_number text not null references registry.real_estate,
    owners text not null,
    agency_code text not null,
    document text not null,
    case_reference text not null,
    recorded_at timestamptz not null
);
create index title_record_by_object on registry.title_record (cadastral_number);
