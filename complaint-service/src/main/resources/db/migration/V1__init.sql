-- Complaints (投诉), with the fields of the complaint form of seed 000.
create table complaint (
    id                   uuid primary key,
    number               text          not null,
    branch               text          not null,
    channel              text          not null,
    category             text          not null,
    status               text          not null,
    customer_name        text          not null,
    customer_number      text,
    phone                text          not null,
    contact              text,
    waybill_no           text,
    content              text          not null,
    claimed_compensation numeric(12, 2),
    estimated_loss       numeric(12, 2),
    major                boolean       not null,
    major_reasons        text          not null,
    owner                text          not null,
    department           text,
    department_branch    text,
    resolution           text,
    correlation_id       text          not null,
    received_at          timestamptz   not null,
    acknowledged_at      timestamptz,
    transferred_at       timestamptz,
    resolved_at          timestamptz,
    closed_at            timestamptz,
    -- the compensation offered, and its sign-off (003: the division manager signs off above a threshold)
    compensation_amount        numeric(12, 2),
    compensation_status        text,
    compensation_justification text,
    compensation_proposed_by   text,
    compensation_decided_by    text,
    compensation_decided_at    timestamptz,
    compensation_note          text,
    version              bigint        not null default 0,
    constraint complaint_number_unique unique (number)
);
-- the list's filters: branch and date first (every agent query is branch-scoped), then the others
create index complaint_branch_received on complaint (branch, received_at desc);
create index complaint_status_received on complaint (status, received_at desc);
create index complaint_owner_open on complaint (owner) where status <> 'CLOSED';
create index complaint_waybill on complaint (waybill_no) where waybill_no is not null;
create index complaint_phone on complaint (phone);
create index complaint_major on complaint (received_at desc) where major;

-- Readable numbers are branch + year + month + this sequence: unique, gaps allowed (a rolled-back
-- registration skips a number), no row lock shared by all intake transactions of a branch.
create sequence complaint_number_seq;
