-- Inquiries (业务咨询, 002) and the work orders (工单) dispatched for them. A proactive work order, opened
-- for a shipment exception or delay, is an inquiry of channel SYSTEM without a customer.
create table inquiry (
    id               uuid primary key,
    number           text        not null,
    branch           text        not null,
    channel          text        not null,
    topic            text        not null,
    region           text        not null,
    status           text        not null,
    customer_name    text,
    phone            text,
    waybill_no       text,
    content          text        not null,
    owner            text        not null,
    proactive        boolean     not null,
    department       text,
    queue            text,
    rule_id          uuid,
    rounds           integer     not null default 0,
    answer           text,
    answered_by      text,
    article_id       uuid,
    satisfied        boolean,
    dissatisfaction_cause text,
    correlation_id   text        not null,
    received_at      timestamptz not null,
    dispatched_at    timestamptz,
    answered_at      timestamptz,
    replied_at       timestamptz,
    surveyed_at      timestamptz,
    closed_at        timestamptz,
    archived_at      timestamptz,
    version          bigint      not null default 0,
    constraint inquiry_number_unique unique (number)
);
create index inquiry_branch_received on inquiry (branch, received_at desc);
create index inquiry_status_received on inquiry (status, received_at desc);
create index inquiry_queue_open on inquiry (queue) where status = 'DISPATCHED';
create index inquiry_waybill on inquiry (waybill_no) where waybill_no is not null;
create sequence inquiry_number_seq;

-- Work-order routing (business region x topic -> department / queue); null region or topic matches any.
create table routing_rule (
    id         uuid primary key,
    region     text,
    topic      text,
    department text        not null,
    queue      text        not null,
    updated_by text        not null,
    updated_at timestamptz not null,
    version    bigint      not null default 0
);
create unique index routing_rule_key on routing_rule (coalesce(region, '*'), coalesce(topic, '*'));

-- Knowledge base (物流知识库). Chinese is not segmented by PostgreSQL's text search, so search is substring
-- matching (ILIKE) served by a trigram GIN index over the searchable text (pg_trgm).
create extension if not exists pg_trgm;
create table article (
    id                uuid primary key,
    question          text        not null,
    answer            text        not null,
    topic             text        not null,
    tags              text        not null,
    search_text       text        not null,
    source_inquiry_id uuid,
    created_by        text        not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    version           bigint      not null default 0
);
create index article_search_trgm on article using gin (search_text gin_trgm_ops);
create index article_topic on article (topic, updated_at desc);

-- Shipment tracking: every distinct scan (out of order and duplicates are normal), and one projection
-- row per waybill that commutes: whatever the order, the same scans give the same row.
create table scan_event (
    event_id       uuid        not null,
    waybill_no     text        not null,
    branch         text        not null,
    scan_type      text        not null,
    scan_time      timestamptz not null,
    route_type     text,
    location       text,
    exception_kind text,
    note           text,
    received_at    timestamptz not null,
    primary key (waybill_no, scan_type, scan_time)
);

create table waybill (
    waybill_no          text primary key,
    branch              text        not null,
    route_type          text,
    picked_up_at        timestamptz,
    delivered_at        timestamptz,
    last_scan_type      text        not null,
    last_scan_time      timestamptz not null,
    exceptions          integer     not null default 0,
    promised_at         timestamptz,
    fully_delayed_at    timestamptz,
    delayed_noticed_at  timestamptz,
    fully_delayed_noticed_at timestamptz,
    updated_at          timestamptz not null
);
-- the detector's range scans: undelivered (or late-delivered) waybills whose limit has passed
-- (a waybill delivered in time leaves the index, so a scan costs what is due, not every waybill ever seen)
create index waybill_delay_due on waybill (promised_at)
    where delayed_noticed_at is null and (delivered_at is null or delivered_at > promised_at);
create index waybill_fully_delay_due on waybill (fully_delayed_at)
    where fully_delayed_noticed_at is null and (delivered_at is null or delivered_at > fully_delayed_at);
