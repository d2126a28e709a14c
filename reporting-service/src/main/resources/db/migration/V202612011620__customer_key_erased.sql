-- 001: a complaint's hashed customer key (a phone number behind a hash is still personal data) goes with the
-- retention; the monthly repeat-customer rows keep their counts under a key that points to nobody
alter table complaint_fact add column erased_at timestamptz;
create index complaint_fact_retention on complaint_fact (closed_at) where closed_at is not null and erased_at is null;
