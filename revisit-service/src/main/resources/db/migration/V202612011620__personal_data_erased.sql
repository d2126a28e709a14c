-- 001: when the retention job erased the personal data of a closed case (com.careline.platform.retention)
alter table revisit add column erased_at timestamptz;
create index revisit_retention on revisit (closed_at) where closed_at is not null and erased_at is null;
