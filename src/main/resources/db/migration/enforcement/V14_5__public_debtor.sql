-- The public debtor search (what the law makes public about open cases): one row per OPEN case of a person, with
-- the debtor's name reduced to a search key (surname and given name in one Latin spelling that Uzbek Latin,
-- Uzbek Cyrillic and Russian forms of the name share, see DebtorNames) and the birth date from the PINFL.
-- Filled by enforcement when a case opens, removed when it closes; rows of cases opened before this table
-- existed are filled at start-up by the same code. Searches by PINFL or STIR use the case's own indexes.
create table enforcement.public_debtor (
    case_number     text primary key references enforcement.enforcement_case (number) on delete cascade,
    name_key        text not null check (name_key ~ '^[a-z]+ [a-z]+$'),
    patronymic_key  text,
    birth_date      date not null
);
create index public_debtor_name on enforcement.public_debtor (name_key, birth_date);
