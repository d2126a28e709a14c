-- A clock that is restarted (a complaint reopened) can breach again: a rung is (clock, due time, level), not
-- (clock, level), or the second breach was dropped as a repeat. Rows from before this version keep their
-- raising time as their due time (the event's due time was not stored); each stays one rung.
alter table complaint_escalation add column due_at timestamptz;
update complaint_escalation set due_at = raised_at;
alter table complaint_escalation alter column due_at set not null;
alter table complaint_escalation drop constraint complaint_escalation_pkey;
alter table complaint_escalation add primary key (complaint_id, clock_kind, due_at, level);
