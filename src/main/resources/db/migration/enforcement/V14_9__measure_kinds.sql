-- The case file's entry kinds of both V14_7 (officers' actions and appeals) and V14_8 (deduction orders): each of
-- those migrations redefined the check from the kinds it knew, so the later one left out the other's.
alter table enforcement.measure drop constraint measure_kind_check;
alter table enforcement.measure add constraint measure_kind_check check (kind in ('ASSETS_FOUND', 'HOLD', 'DEBIT',
    'REAL_ESTATE_ARREST', 'VEHICLE_ARREST', 'TRAVEL_BAN', 'DEDUCTION_ORDER', 'SUSPENSION', 'RESUMPTION',
    'WRIT_RETURN', 'TERMINATION', 'TAKEOVER', 'APPEAL', 'APPEAL_UPHELD', 'APPEAL_REJECTED'));
