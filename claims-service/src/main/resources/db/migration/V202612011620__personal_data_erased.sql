-- 001: when the retention job erased the personal data of a closed case (com.careline.platform.retention)
alter table claim add column erased_at timestamptz;
create index claim_retention on claim (paid_at) where status = 'PAID' and erased_at is null;
