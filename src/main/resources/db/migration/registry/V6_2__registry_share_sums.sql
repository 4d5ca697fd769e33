-- The shares of every real-estate object add up to exactly 1, checked by the database as well as by the
-- application: a constraint trigger deferred to commit, so that a change of owners may delete and insert rows
-- in any order within its transaction. The sum is exact: fractions added in numeric (arbitrary precision) and
-- reduced by their greatest common divisor, never floating point. An object left with no owner fails too.

-- The shares of one object, found by the check below and by every read of an object (the unique indexes on
-- (cadastral_number, owner_*) are partial, so they serve neither).
create index real_estate_share_by_object on registry.real_estate_share (cadastral_number);

create function registry.check_share_sum() returns trigger language plpgsql as $$
declare
    object    text := coalesce(new.cadastral_number, old.cadastral_number);
    numerator numeric := 0;
    denominator numeric := 1;
    divisor   numeric;
    share     record;
begin
    if tg_op = 'DELETE' and not exists (select 1 from registry.real_estate where cadastral_number = object) then
        return null;
    end if;
    for share in select s.numerator, s.denominator from registry.real_estate_share s
                 where s.cadastral_number = object loop
        numerator := numerator * share.denominator + share.numerator * denominator;
        denominator := denominator * share.denominator;
        divisor := gcd(numerator, denominator);
        numerator := div(numerator, divisor);
        denominator := div(denominator, divisor);
    end loop;
    if numerator <> denominator then
        raise exception 'shares of % add up to %/%, not 1', object, numerator, denominator
            using errcode = 'check_violation', constraint = 'real_estate_share_sum';
    end if;
    return null;
end
$$;

create constraint trigger real_estate_share_sum
    after insert or update or delete on registry.real_estate_share
    deferrable initially deferred
    for each row execute function registry.check_share_sum();
