-- The customer record (001 客户信息采集, #19): who calls, their phones and addresses, the monthly-account flag
-- and 001's profile (a JSONB document checked by the Profile record). A merged duplicate stays, MERGED, and
-- points at the customer it was merged into.
create table customer (
    id              uuid primary key,
    number          text        not null,
    name            text        not null,
    branch          text        not null,
    monthly_account boolean     not null,
    profile         jsonb,
    status          text        not null,
    merged_into     uuid references customer (id),
    merged_at       timestamptz,
    merge_reason    text,
    created_by      text        not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    erased_at       timestamptz,
    version         bigint      not null default 0,
    constraint customer_number_unique unique (number),
    constraint customer_merged check ((status = 'MERGED') = (merged_into is not null))
);
create index customer_branch_number on customer (branch, number);
create index customer_name_trgm on customer using gin (name gin_trgm_ops);
create index customer_retention on customer (merged_at) where status = 'MERGED' and erased_at is null;
create sequence customer_number_seq;

-- A phone in its normal form (PhoneNumbers), its keyed hash (PhoneKeys: what is matched) and its last four
-- digits. Only an active customer holds phones (a merge moves the duplicate's to the survivor), so a phone
-- unique among all rows is unique among the active customers.
create table customer_phone (
    id          uuid primary key,
    seq         bigint      generated always as identity, -- the order rows were written in
    customer_id uuid        not null references customer (id),
    phone       text        not null,
    phone_key   text        not null,
    tail        text        not null,
    added_at    timestamptz not null,
    constraint customer_phone_key_unique unique (phone_key)
);
create index customer_phone_customer on customer_phone (customer_id);
create index customer_phone_tail on customer_phone (tail);

-- A customer's addresses as they are now; a removed one stays, with removed_at, so its history reads whole.
create table customer_address (
    id          uuid primary key,
    seq         bigint      generated always as identity, -- the order rows were written in
    customer_id uuid        not null references customer (id),
    details     jsonb       not null,
    added_at    timestamptz not null,
    removed_at  timestamptz,
    version     bigint      not null default 0
);
create index customer_address_customer on customer_address (customer_id) where removed_at is null;

-- Every change of an address (001: 客户名址变更信息的采集): who, when, before and after.
create table customer_address_change (
    id          uuid primary key,
    seq         bigint      generated always as identity, -- the order rows were written in
    customer_id uuid        not null references customer (id),
    address_id  uuid        not null references customer_address (id),
    change      text        not null,
    before      jsonb,
    after       jsonb,
    note        text,
    changed_by  text        not null,
    changed_at  timestamptz not null
);
create index customer_address_change_customer on customer_address_change (customer_id, seq);

-- 001: a monthly-account customer who moves is settled at once; one open task per customer at a time.
create table settlement_task (
    id              uuid primary key,
    customer_id     uuid        not null references customer (id),
    customer_number text        not null,
    branch          text        not null,
    reason          text        not null,
    status          text        not null,
    due_at          timestamptz not null,
    created_by      text        not null,
    created_at      timestamptz not null,
    done_by         text,
    done_at         timestamptz,
    note            text,
    version         bigint      not null default 0
);
create unique index settlement_task_open on settlement_task (customer_id) where status = 'OPEN';
create index settlement_task_branch on settlement_task (branch, status, due_at);

-- The customer an inquiry is of: named at registration (the desk looked the caller up), else linked by the keyed
-- hash of its phone (PhoneKeys), at once or when a customer gets that phone. Inquiries registered before this
-- have no phone key (it is computed in Java), so they stay unlinked.
alter table inquiry add column customer_id uuid references customer (id);
alter table inquiry add column phone_key text;
create index inquiry_customer on inquiry (customer_id) where customer_id is not null;
create index inquiry_unlinked_phone on inquiry (phone_key) where customer_id is null and phone_key is not null;
