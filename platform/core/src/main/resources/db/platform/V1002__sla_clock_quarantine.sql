-- A clock the ticker cannot escalate (its kind has no policy any more) is set aside, with the reason, instead
-- of failing every tick of the service; ops release it once its policy is back (/api/ops/sla-clocks).
alter table sla_clock add column quarantined_at timestamptz;
alter table sla_clock add column quarantine_reason text;
create index sla_clock_quarantined on sla_clock (quarantined_at) where quarantined_at is not null;
