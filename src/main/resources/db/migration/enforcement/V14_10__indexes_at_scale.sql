-- What 100,000 cases showed (bench/results/2026-11-25-robot.md): queries that scanned every case.

-- a debtor's cases are found by PINFL or STIR alike (distribution, invoices, measures)
create index case_debtor on enforcement.enforcement_case ((coalesce(debtor_pinfl, debtor_stir)));

-- an officer's caseload for assignment counts open and suspended cases
create index case_active_by_officer on enforcement.enforcement_case (officer)
    where status in ('OPEN', 'SUSPENDED');

-- the robot marks a case it has worked, so that finding the next one does not walk every case it worked before
alter table enforcement.enforcement_case add column robot_done_at timestamptz;
update enforcement.enforcement_case c set robot_done_at = (select min(m.placed_at) from enforcement.measure m
        where m.case_number = c.number and m.kind = 'ASSETS_FOUND')
    where exists (select 1 from enforcement.measure m where m.case_number = c.number and m.kind = 'ASSETS_FOUND');
drop index enforcement.case_robot;
create index case_robot on enforcement.enforcement_case (opened_at, number) where status = 'OPEN'
    and handler = 'ROBOT' and robot_done_at is null;
