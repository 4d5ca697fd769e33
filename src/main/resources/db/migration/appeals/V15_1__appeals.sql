-- Appeals of individuals and legal entities (Law ZRU-445 of 11.09.2017): what was received, from whom, through
-- which channel, where it was routed and why, its legal term and every step. Registration is never refused: an
-- appeal the law leaves unconsidered is still registered, with the conclusion why.

create schema if not exists appeals;

-- numbers are unique and rising; a rolled-back registration may leave a gap, which the register shows as unused
create sequence appeals.appeal_number;

create table appeals.appeal (
    number            text primary key check (number ~ '^MUR-[0-9]{4}-[0-9]{7,}$'),
    kind              text not null check (kind in ('APPLICATION', 'PROPOSAL', 'COMPLAINT')),
    channel           text not null check (channel in ('PORTAL', 'API', 'OPEN311')),
    language          text not null,
    body              text not null check (length(body) between 1 and 20000),
    -- who filed it: a person signed in with the national ID (for themselves or an organisation they represent),
    -- or, through Open311, a named person with an e-mail or phone the platform does not know
    applicant_id      uuid,
    applicant_pinfl   text check (applicant_pinfl ~ '^[0-9]{14}$'),
    applicant_name    text not null,
    contact_email     text,
    contact_phone     text,
    entity_stir       text check (entity_stir ~ '^[0-9]{9}$'),
    entity_name       text,
    authority_proven  boolean not null,
    -- where: a district (SOATO), a point, and the address as given
    district          text check (district ~ '^17[0-9]{5}$'),
    latitude          double precision check (latitude between -90 and 90),
    longitude         double precision check (longitude between -180 and 180),
    address           text,
    -- a convict's or relative's appeal names the institution
    institution       text,
    -- routing: the topic, the body, and who chose them: the model, the applicant (an Open311 service), a dispatcher
    topic             text,
    agency            text,
    routed_by         text check (routed_by in ('MODEL', 'APPLICANT', 'DISPATCHER')),
    status            text not null check (status in ('REGISTERED', 'AWAITING_DISPATCH', 'IN_REVIEW',
                          'INFO_REQUESTED', 'ANSWERED', 'LEFT_UNCONSIDERED')),
    conclusion        text,
    earlier           text references appeals.appeal (number),
    received_at       timestamptz not null,
    registered_on     date not null,
    last_day          date not null,
    due               date not null,
    extended_study    boolean not null default false,
    extended_head     boolean not null default false,
    answered_at       timestamptz,
    idempotency_key   text,
    unique (applicant_id, idempotency_key),
    check ((entity_stir is null) = (entity_name is null)),
    check ((applicant_id is null) = (applicant_pinfl is null)),
    check (applicant_id is not null or contact_email is not null or contact_phone is not null)
);
create index appeal_applicant on appeals.appeal (applicant_id, received_at desc);
create index appeal_contact on appeals.appeal (contact_email, contact_phone, received_at desc)
    where applicant_id is null;
create index appeal_open311 on appeals.appeal (received_at desc) where channel = 'OPEN311';
create index appeal_agency on appeals.appeal (agency, status, due);
create index appeal_dispatch on appeals.appeal (received_at) where status = 'AWAITING_DISPATCH';

-- the others who joined a collective appeal, each signed in as themselves
create table appeals.co_applicant (
    number     text not null references appeals.appeal (number),
    person_id  uuid not null,
    pinfl      text not null check (pinfl ~ '^[0-9]{14}$'),
    name       text not null,
    joined_at  timestamptz not null,
    primary key (number, person_id)
);
create index co_applicant_person on appeals.co_applicant (person_id);

create table appeals.attachment (
    number      text not null references appeals.appeal (number),
    position    int not null check (position between 1 and 10),
    filename    text not null,
    media_type  text not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size        int not null check (size > 0),
    sha256      text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content     bytea not null,
    primary key (number, position)
);

-- every step of an appeal, for the applicant's cabinet and the officer's file
create table appeals.event (
    id      bigserial primary key,
    number  text not null references appeals.appeal (number),
    at      timestamptz not null,
    kind    text not null,
    actor   text not null check (actor in ('APPLICANT', 'OFFICER', 'DISPATCHER', 'SYSTEM')),
    note    text
);
create index event_appeal on appeals.event (number, id);

-- automated decisions about an appeal (routing, repeat detection), with inputs, model version and explanation
create table appeals.decision (
    id             uuid primary key,
    number         text not null references appeals.appeal (number),
    kind           text not null,
    model_version  text,
    inputs         jsonb not null,
    outcome        text not null,
    explanation    jsonb not null,
    decided_at     timestamptz not null
);
create index decision_appeal on appeals.decision (number, decided_at);
