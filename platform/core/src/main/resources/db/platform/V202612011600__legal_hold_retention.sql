-- A case on legal hold keeps its personal data past the retention (com.careline.platform.retention).
create table legal_hold (
    case_id text primary key,
    reason  text        not null,
    held_by text        not null,
    held_at timestamptz not null
);
-- settled parked records are removed once older than the retention
create index parked_event_settled on parked_event (resolved_at) where status in ('REPLAYED', 'DISCARDED');
