-- A staged row the broker refuses for good (a topic name it rejects, a record above its size limit) is held
-- with the reason instead of blocking its lane; the later rows of its case wait behind it, the lane goes on
-- with the other cases. Ops release it (tried again) or discard it (with a reason) at /api/ops/outbox.
alter table outbox_event add column held_at timestamptz;
alter table outbox_event add column held_reason text;
alter table outbox_event add column discarded_reason text;
create index outbox_event_held on outbox_event (lane, subject) where held_at is not null and sent_at is null;
