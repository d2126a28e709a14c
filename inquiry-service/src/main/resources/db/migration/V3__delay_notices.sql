-- Delays noticed but whose work order is not opened yet. The detector marks a waybill and queues its notice
-- in one short statement, so the rows it locks are released at once and scans of those waybills never wait
-- on it; the work orders are then opened from this queue, each deleting its notice in its own transaction.
create table delay_notice (
    seq              bigint generated always as identity primary key,
    waybill_no       text        not null,
    level            text        not null,
    branch           text        not null,
    route_type       text,
    picked_up_at     timestamptz,
    promised_at      timestamptz,
    fully_delayed_at timestamptz,
    noticed_at       timestamptz not null
);
