-- The robot enforcer and the officers' actions: who handles a case (the robot, or an officer once the robot
-- stopped on it or an officer took it over), a suspended case taking no measures, and how a closed case ended
-- (paid, writ returned to the court, terminated). Officers' actions and debtors' appeals are entries of the
-- case file; the appeal itself waits for the head of the department.
alter table enforcement.enforcement_case drop constraint enforcement_case_status_check;
alter table enforcement.enforcement_case
    add constraint enforcement_case_status_check check (status in ('OPEN', 'SUSPENDED', 'CLOSED')),
    add column handler text not null default 'ROBOT' check (handler in ('ROBOT', 'OFFICER')),
    add column close_reason text check (close_reason in ('PAID', 'WRIT_RETURNED', 'TERMINATED'));
update enforcement.enforcement_case set close_reason = 'PAID' where status = 'CLOSED';
alter table enforcement.enforcement_case
    add constraint enforcement_case_close_reason check ((status = 'CLOSED') = (close_reason is not null));
-- what the robot claims: open cases still in its hands, oldest first
create index case_robot on enforcement.enforcement_case (opened_at, number) where status = 'OPEN'
    and handler = 'ROBOT';

alter table enforcement.measure drop constraint measure_kind_check;
alter table enforcement.measure add constraint measure_kind_check check (kind in ('ASSETS_FOUND', 'HOLD', 'DEBIT',
    'REAL_ESTATE_ARREST', 'VEHICLE_ARREST', 'TRAVEL_BAN', 'SUSPENSION', 'RESUMPTION', 'WRIT_RETURN', 'TERMINATION',
    'TAKEOVER', 'APPEAL', 'APPEAL_UPHELD', 'APPEAL_REJECTED'));

-- A debtor's appeal against an entry of the case file or an automated decision, decided by the head of the
-- department: upheld (the contested measure lifted) or rejected, with reasons.
create table enforcement.appeal (
    id           uuid primary key,
    case_number  text not null references enforcement.enforcement_case (number),
    entry_id     uuid references enforcement.measure (id),
    decision_id  uuid references enforcement.decision (id),
    debtor_pinfl text not null,
    text         text not null,
    status       text not null check (status in ('PENDING', 'UPHELD', 'REJECTED')),
    filed_at     timestamptz not null,
    decided_by   uuid,
    answer       text,
    decided_at   timestamptz,
    check ((entry_id is null) <> (decision_id is null)),
    check ((status = 'PENDING') = (decided_at is null))
);
create index appeal_case on enforcement.appeal (case_number, filed_at);
create index appeal_pending on enforcement.appeal (filed_at) where status = 'PENDING';
-- one pending appeal per contested entry or decision
create unique index appeal_pending_target on enforcement.appeal (coalesce(entry_id, decision_id))
    where status = 'PENDING';
