-- Portal: the services of the catalog, so that applications and ratings refer to a service by key.
-- The definitions live in portal/catalog.yaml; every start copies them here (insert or update). A service that
-- left the file stays, marked withdrawn, because applications made for it still refer to it.
create schema if not exists portal;

create table portal.services (
    code           text primary key check (code ~ '^[a-z]+\.[a-z0-9]+(-[a-z0-9]+)*$'),
    agency_code    text    not null,
    service_group  text    not null,
    fee_tiyin      bigint  not null check (fee_tiyin >= 0),
    term_days      integer not null check (term_days > 0),
    result         text    not null,
    licence_type   text,
    withdrawn      boolean not null default false,
    check ((result = 'LICENCE') = (licence_type is not null))
);
