-- 001: when the retention job erased the personal data of a closed case (com.careline.platform.retention)
alter table inquiry add column erased_at timestamptz;
create index inquiry_retention on inquiry (coalesce(archived_at, closed_at))
    where status in ('CLOSED', 'ARCHIVED') and erased_at is null;
