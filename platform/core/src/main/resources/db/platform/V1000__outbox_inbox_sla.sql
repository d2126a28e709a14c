-- Platform tables, present in every service's database. Versions 1000+ so that they never collide
-- with a service's own db/migration line (flyway out-of-order is on).

-- Transactional outbox: staged in the transaction of the case change, published by OutboxRelay.
create table outbox_event (
    id         uuid primary key,
    seq        bigint generated always as identity,
    topic      text        not null,
    subject    text        not null,
    type       text        not null,
    lane       int         not null,
    payload    text        not null,
    created_at timestamptz not null,
    sent_at    timestamptz
);
-- the relay reads each lane's pending rows in staging order
create index outbox_event_pending on outbox_event (lane, seq) where sent_at is null;
create index outbox_event_sent on outbox_event (sent_at) where sent_at is not null;

-- Idempotent inbox: one row per (consumer, event) acted on, written in the effect's transaction.
create table inbox_event (
    consumer    text        not null,
    event_id    uuid        not null,
    event_type  text        not null,
    received_at timestamptz not null,
    primary key (consumer, event_id)
);
create index inbox_event_received on inbox_event (received_at);

-- SLA clocks: one per (case, kind).
create table sla_clock (
    id                 uuid primary key,
    case_id            text        not null,
    kind               text        not null,
    correlation_id     text        not null,
    branch             text        not null,
    state              text        not null,
    started_at         timestamptz not null,
    due_at             timestamptz not null,
    level              int         not null default 0,
    next_escalation_at timestamptz,
    paused_at          timestamptz,
    breached_at        timestamptz,
    stopped_at         timestamptz,
    version            bigint      not null default 0,
    constraint sla_clock_case_kind unique (case_id, kind)
);
-- the ticker's range scan: its cost depends on the clocks due, not on the clocks open
create index sla_clock_next_escalation on sla_clock (next_escalation_at) where next_escalation_at is not null;

create table sla_clock_pause (
    clock_id   uuid        not null references sla_clock (id),
    paused_at  timestamptz not null,
    resumed_at timestamptz,
    reason     text        not null
);
create index sla_clock_pause_clock on sla_clock_pause (clock_id);

-- Case timelines: who did what to a case, and when. Append-only.
create table case_timeline (
    id      uuid primary key,
    -- the order entries were written in, even when the clock shows the same instant
    seq     bigint generated always as identity,
    case_id text        not null,
    at      timestamptz not null,
    actor   text        not null,
    action  text        not null,
    detail  text        not null
);
create index case_timeline_case on case_timeline (case_id, seq);
