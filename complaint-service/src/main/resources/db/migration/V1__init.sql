-- Complaints (投诉), as registered on the complaint form of seed 000.
create table complaint (
    id              uuid primary key,
    number          text        not null,
    branch          text        not null,
    channel         text        not null,
    category        text        not null,
    status          text        not null,
    customer_name   text        not null,
    customer_number text,
    phone           text        not null,
    contact         text,
    waybill_no      text,
    content         text        not null,
    owner           text        not null,
    correlation_id  text        not null,
    received_at     timestamptz not null,
    version         bigint      not null default 0,
    constraint complaint_number_unique unique (number)
);
create index complaint_branch_received on complaint (branch, received_at desc);
create index complaint_waybill on complaint (waybill_no) where waybill_no is not null;

-- Readable numbers are branch + year + month + this sequence: unique, gaps allowed (a rolled-back
-- registration skips a number), no row lock shared by all intake transactions of a branch.
create sequence complaint_number_seq;
