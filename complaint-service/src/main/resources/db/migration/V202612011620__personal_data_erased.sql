-- 001: when the retention job erased the personal data of a closed case (com.careline.platform.retention)
alter table complaint add column erased_at timestamptz;
create index complaint_retention on complaint (closed_at) where status = 'CLOSED' and erased_at is null;
