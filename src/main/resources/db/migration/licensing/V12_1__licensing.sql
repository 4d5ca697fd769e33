create schema if not exists licensing;

create table licensing.licence_type (
    code          text primary key,
    name_uz_latn  text not null,
    name_uz_cyrl  text not null,
    name_ru       text not null,
    name_en       text not null,
    agency_code   text not null
);

insert into licensing.licence_type values
('pharmacy', 'Farmatsevtika faoliyati', 'Фармацевтика фаолияти', 'Фармацевтическая деятельность', 'Pharmaceutical activity', 'MOH'),
('private-security', 'Xususiy qoʻriqlash faoliyati', 'Хусусий қўриқлаш фаолияти', 'Частная охранная деятельность', 'Private security activity', 'MVD'),
('passenger-transport', 'Yoʻlovchi tashish', 'Йўловчи ташиш', 'Перевозка пассажиров', 'Passenger transport', 'MOT'),
('education', 'Nodavlat taʼlim faoliyati', 'Нодавлат таълим фаолияти', 'Негосударственная образовательная деятельность', 'Non-state education', 'MOE');

-- one row per year; issuing locks it, so numbers are unique and gap-free under concurrency
create table licensing.counter (
    year  integer primary key,
    last  integer not null
);

create table licensing.licence (
    number       text primary key,
    type_code    text not null references licensing.licence_type (code),
    holder_id    text not null,
    holder_name  text not null,
    scope        text not null,
    valid_from   date not null,
    valid_until  date not null,
    agency_code  text not null,
    state        text not null check (state in ('VALID', 'SUSPENDED', 'REVOKED')),
    reason       text,
    version      integer not null,
    check (valid_until >= valid_from)
);

-- each state of a licence and the ledger receipt of its anchor
create table licensing.licence_state (
    number           text not null references licensing.licence (number),
    version          integer not null,
    state            text not null,
    ledger_sequence  bigint not null,
    changed_at       timestamptz not null,
    primary key (number, version)
);
