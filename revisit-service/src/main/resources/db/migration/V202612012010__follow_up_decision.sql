-- 003 (5): a complaint's follow-up whose last call failed waits for a supervisor's decision: more calls
-- (extra_attempts on top of careline.revisit.calls.max-attempts) or closed as unreachable (decision_reason).
alter table revisit add column extra_attempts integer not null default 0;
alter table revisit add column decision_reason text;
-- 002 3 (3): why a surveyed customer is not satisfied; COMPANY sends an inquiry's work order back
alter table revisit add column cause text;
alter table revisit add constraint revisit_cause_known check (cause in ('COMPANY', 'CUSTOMER', 'OTHER'));
-- the supervisors' list of follow-ups waiting for a decision
create index revisit_awaiting_decision on revisit (branch) where status = 'AWAITING_DECISION';
