-- Which SLA clocks each complaint had, as its events name them (ComplaintEvents.*.clocks), so the KPI
-- attainment counts each clock over the complaints that had it without re-typing complaint-service's rules.
alter table complaint_fact add column clocks text[] not null default '{}';
-- complaints projected before: the clocks complaint-service started then (its events did not name them)
update complaint_fact set clocks = array['complaint-first-response', 'complaint-resolution']
    || case when major then array['complaint-major-handoff'] else '{}'::text[] end
    || case when transferred then array['complaint-progress-report'] else '{}'::text[] end;
