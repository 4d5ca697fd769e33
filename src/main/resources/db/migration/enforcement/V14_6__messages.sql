-- Messages between the debtor and the officers of the department holding a case: the thread is part of the case
-- and readable only by its debtor (or the debtor entity's representatives) and that department's officers.
create table enforcement.message (
    id           uuid primary key,
    case_number  text not null references enforcement.enforcement_case (number),
    side         text not null check (side in ('DEBTOR', 'OFFICER')),
    author       uuid not null,
    author_name  text not null,
    body         text not null check (char_length(body) between 1 and 2000),
    sent_at      timestamptz not null
);
create index message_case on enforcement.message (case_number, sent_at);

-- the statistics group closed cases by department and officer
create index case_agency_status on enforcement.enforcement_case (agency, status);
