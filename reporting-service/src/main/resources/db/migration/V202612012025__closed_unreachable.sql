-- 003 (5): complaints closed because the customer could not be reached, counted apart from satisfied closes
alter table complaint_fact add column closed_unreachable boolean not null default false;
