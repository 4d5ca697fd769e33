-- the issuing agency's electronic seal (CAdES-T, detached) over the canonical JSON of each state of a licence;
-- states recorded before seals existed have none
alter table licensing.licence_state add column seal bytea;
