-- The desk's search (#19): every case of every kind, found by waybill, phone (its keyed hash, never the number),
-- customer number, case number, or the phone's last four digits with the name; newest first.
create table case_index (
    case_id           text        primary key,
    kind              text        not null,
    number            text,
    status            text        not null,
    ended             boolean     not null default false,
    branch            text        not null,
    handled_by_branch text,
    waybill_no        text,
    customer_number   text,
    customer_name     text,
    phone_key         text,
    phone_tail        text,
    about_kind        text,
    about_id          text,
    satisfied         boolean,
    score             numeric(3, 2),
    opened_at         timestamptz not null,
    updated_at        timestamptz not null
);
create index case_index_waybill on case_index (waybill_no, opened_at desc) where waybill_no is not null;
create index case_index_phone on case_index (phone_key, opened_at desc) where phone_key is not null;
create index case_index_customer on case_index (customer_number, opened_at desc) where customer_number is not null;
create index case_index_number on case_index (number, opened_at desc);
create index case_index_tail on case_index (phone_tail, customer_name, opened_at desc) where phone_tail is not null;

-- A clock past its deadline, at the highest rung its ladder reached; gone when the case ends.
create table case_overdue (
    case_id     text        not null,
    clock_kind  text        not null,
    level       int         not null,
    escalate_to text        not null,
    due_at      timestamptz not null,
    primary key (case_id, clock_kind)
);

-- The customer records of inquiry-service, to link a case by its phone and to follow merges.
create table search_customer (
    customer_id uuid primary key,
    number      text not null unique,
    name        text,
    branch      text not null,
    merged_into text
);
create index search_customer_merged on search_customer (merged_into) where merged_into is not null;
create table search_customer_phone (
    phone_key       text not null,
    customer_number text not null,
    primary key (phone_key, customer_number)
);
create index search_customer_phone_number on search_customer_phone (customer_number);
