-- 003/001: a compensation agreed or signed off on a complaint is paid as a claim (one payment process, paid
-- within 7 days). The claim names the decision it pays: the complaint and the time it was decided.
alter table claim add column complaint_id uuid;
alter table claim add column complaint_number text;
alter table claim add column compensation_decision text;
alter table claim add column compensation_decided_by text;
alter table claim add column compensation_authorised_by text;
alter table claim add column compensation_decided_at timestamptz;
-- one claim per compensation decision, whatever Kafka redelivers
create unique index claim_compensation_decision on claim (complaint_id, compensation_decided_at)
    where complaint_id is not null;
alter table claim add constraint claim_compensation_complete check (complaint_id is null
    or (compensation_decision is not null and compensation_decided_at is not null));
-- a complaint about the service (attitude, billing) may have no waybill; every other claim has one
alter table claim alter column waybill_no drop not null;
alter table claim add constraint claim_waybill_required check (waybill_no is not null or complaint_id is not null);
