-- Records a consumer could not act on, kept in the consumer's own database until ops replay or discard
-- them (the <topic>.dlq copy is shared by every consumer group of the topic and expires with it).
--   WAITING   about a case not seen yet: tried again at next_attempt_at, a bounded number of times
--   PARKED    refused (not an event, invalid data, refused by the domain), or WAITING too long
--   HELD      a later event of a case that has an open (WAITING, PARKED or HELD) record: kept in order behind it
--   REPLAYED  applied by a replay;  DISCARDED  dropped by ops, with a reason
create table parked_event (
    id              uuid primary key,
    seq             bigint generated always as identity,
    consumer        text        not null,
    consumer_group  text,
    kafka_topic     text        not null,
    kafka_partition int         not null,
    kafka_offset    bigint      not null,
    record_key      text,
    subject         text,
    event_id        uuid,
    event_type      text,
    payload         text,
    status          text        not null,
    reason          text        not null,
    exception_class text,
    attempts        int         not null default 1,
    next_attempt_at timestamptz,
    parked_at       timestamptz not null,
    resolved_at     timestamptz,
    resolved_by     text,
    resolution      text,
    -- a record redelivered after its parking committed is not parked twice
    constraint parked_event_record unique (consumer, kafka_topic, kafka_partition, kafka_offset)
);
-- "has this case an open record?", asked once per consumed batch
create index parked_event_open on parked_event (consumer, subject, seq)
    where status in ('WAITING', 'PARKED', 'HELD');
create index parked_event_waiting on parked_event (next_attempt_at) where status = 'WAITING';

-- Kafka headers of a staged record (JSON object), e.g. the dead-letter reason of a parked one.
alter table outbox_event add column headers text;
