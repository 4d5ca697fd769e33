-- Identity: the national ID. Persons and legal entities, the agency hierarchy and its officers, accounts.
create schema if not exists identity;

create table identity.person (
    id                uuid primary key,
    pinfl             char(14)     not null unique,
    last_name_latn    varchar(100) not null,
    first_name_latn   varchar(100) not null,
    patronymic_latn   varchar(100),
    last_name_cyrl    varchar(100) not null,
    first_name_cyrl   varchar(100) not null,
    patronymic_cyrl   varchar(100),
    birth_date        date         not null,
    sex               varchar(6)   not null check (sex in ('MALE', 'FEMALE')),
    phone             varchar(16),
    email             varchar(254),
    created_at        timestamptz  not null default now()
);

create table identity.legal_entity (
    id            uuid primary key,
    stir          char(9)      not null unique,
    name          varchar(300) not null,
    legal_form    varchar(20)  not null,
    registered_on date         not null,
    created_at    timestamptz  not null default now()
);

create table identity.representative (
    legal_entity_id uuid        not null references identity.legal_entity (id),
    person_id       uuid        not null references identity.person (id),
    role            varchar(20) not null check (role in ('DIRECTOR', 'ACCOUNTANT', 'AUTHORIZED')),
    primary key (legal_entity_id, person_id)
);
create index representative_person on identity.representative (person_id);

create table identity.agency (
    id            uuid primary key,
    code          varchar(40)  not null unique,
    parent_id     uuid references identity.agency (id),
    level         varchar(10)  not null check (level in ('MINISTRY', 'REGIONAL', 'DISTRICT')),
    name_uz_latn  varchar(300) not null,
    name_uz_cyrl  varchar(300) not null,
    name_ru       varchar(300) not null,
    name_en       varchar(300) not null,
    soato         varchar(7)
);

create table identity.officer (
    id         uuid primary key,
    person_id  uuid         not null references identity.person (id),
    agency_id  uuid         not null references identity.agency (id),
    position   varchar(200) not null,
    roles      text[]       not null default '{}',
    active     boolean      not null default true,
    unique (person_id, agency_id)
);

create table identity.account (
    id               uuid primary key,
    person_id        uuid         not null unique references identity.person (id),
    password_hash    varchar(255) not null,
    administrator    boolean      not null default false,
    failed_attempts  int          not null default 0,
    locked_until     timestamptz,
    totp_secret      varchar(512),
    totp_last_step   bigint       not null default 0,
    created_at       timestamptz  not null default now(),
    last_login_at    timestamptz
);

-- The authorization server's signing keys; the private key is encrypted with the platform secret.
create table identity.signing_key (
    kid          varchar(64) primary key,
    private_key  text        not null,
    public_key   text        not null,
    created_at   timestamptz not null default now()
);

-- Spring Session: sessions live in the database so that any node serves any user.
create table identity.spring_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100)
);
create unique index spring_session_ix1 on identity.spring_session (session_id);
create index spring_session_ix2 on identity.spring_session (expiry_time);
create index spring_session_ix3 on identity.spring_session (principal_name);

create table identity.spring_session_attributes (
    session_primary_id char(36)     not null references identity.spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);

-- Spring Authorization Server (its SQL names the tables without a schema; the connection's search_path
-- includes identity for them, see application.yml).
create table identity.oauth2_registered_client (
    id                            varchar(100)  not null primary key,
    client_id                     varchar(100)  not null unique,
    client_id_issued_at           timestamptz   not null default current_timestamp,
    client_secret                 varchar(200),
    client_secret_expires_at      timestamptz,
    client_name                   varchar(200)  not null,
    client_authentication_methods varchar(1000) not null,
    authorization_grant_types     varchar(1000) not null,
    redirect_uris                 varchar(1000),
    post_logout_redirect_uris     varchar(1000),
    scopes                        varchar(1000) not null,
    client_settings               varchar(2000) not null,
    token_settings                varchar(2000) not null
);

create table identity.oauth2_authorization (
    id                            varchar(100) not null primary key,
    registered_client_id          varchar(100) not null,
    principal_name                varchar(200) not null,
    authorization_grant_type      varchar(100) not null,
    authorized_scopes             varchar(1000),
    attributes                    text,
    state                         varchar(500),
    authorization_code_value      text,
    authorization_code_issued_at  timestamptz,
    authorization_code_expires_at timestamptz,
    authorization_code_metadata   text,
    access_token_value            text,
    access_token_issued_at        timestamptz,
    access_token_expires_at       timestamptz,
    access_token_metadata         text,
    access_token_type             varchar(100),
    access_token_scopes           varchar(1000),
    oidc_id_token_value           text,
    oidc_id_token_issued_at       timestamptz,
    oidc_id_token_expires_at      timestamptz,
    oidc_id_token_metadata        text,
    refresh_token_value           text,
    refresh_token_issued_at       timestamptz,
    refresh_token_expires_at      timestamptz,
    refresh_token_metadata        text,
    user_code_value               text,
    user_code_issued_at           timestamptz,
    user_code_expires_at          timestamptz,
    user_code_metadata            text,
    device_code_value             text,
    device_code_issued_at         timestamptz,
    device_code_expires_at        timestamptz,
    device_code_metadata          text
);

create table identity.oauth2_authorization_consent (
    registered_client_id varchar(100)  not null,
    principal_name       varchar(200)  not null,
    authorities          varchar(1000) not null,
    primary key (registered_client_id, principal_name)
);
