-- One row per inquiry, kept current by its events.
create table inquiry_fact (
    inquiry_id  uuid primary key,
    branch      text        not null,
    topic       text        not null,
    channel     text        not null,
    proactive   boolean     not null,
    received_at timestamptz not null,
    replied_at  timestamptz,
    sent_back   int         not null default 0,
    satisfied   boolean,
    escalations int         not null default 0
);
create index inquiry_fact_received on inquiry_fact (received_at, branch);

-- Shipments detected late (133710), once per waybill and kind.
create table shipment_delay (
    waybill_no  text        not null,
    kind        text        not null,
    branch      text        not null,
    route_type  text        not null,
    detected_at timestamptz not null,
    primary key (waybill_no, kind)
);
create index shipment_delay_detected on shipment_delay (detected_at, branch);

-- Exception scans from the branch systems, per day, branch and kind.
create table shipment_exception_daily (
    day        date   not null,
    branch     text   not null,
    kind       text   not null,
    exceptions bigint not null,
    primary key (day, branch, kind)
);
