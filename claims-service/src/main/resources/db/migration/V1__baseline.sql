-- claims-service baseline: the platform tables (outbox, inbox, SLA clocks) come from db/platform;
-- the service's own tables arrive with its issue.
select 1;
