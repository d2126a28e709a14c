-- 003 (5): a complaint closes after a satisfied follow-up call, or, the one exception, on a supervisor's
-- decision that the customer cannot be reached (with the reason); reports count those apart.
alter table complaint add column unreachable_reason text;
