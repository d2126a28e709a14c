-- The desk (issue #19): work items derived from the case events, the people they reach (staff directory,
-- on-duty roster), their mail outbox and the tickets an EventSource opens its stream with. Not read models:
-- acknowledgements and sent mail are facts of their own, so a rebuild neither refills nor swaps these tables.

-- One row per thing to do, whoever sees it: an escalation rung, a case someone owns, a follow-up call, an
-- after-hours urgent complaint. Addressed to a role in a branch (address_role, address_branch) or to a user
-- (owner), never both. raised_at: when it shows; a follow-up call from the morning of its day.
create table desk_item (
    id              uuid primary key,
    item_key        text        not null unique,
    kind            text        not null,
    case_kind       text        not null,
    case_id         text        not null,
    case_number     text,
    branch          text        not null,
    address_role    text,
    address_branch  text,
    owner           text,
    clock_id        uuid,
    clock_kind      text,
    level           int,
    due_at          timestamptz,
    raised_at       timestamptz not null,
    status          text        not null,
    acknowledged_by text,
    acknowledged_at timestamptz,
    done_at         timestamptz,
    check (kind in ('ESCALATION', 'OWNED_CASE', 'FOLLOW_UP_DUE', 'URGENT_AFTER_HOURS')),
    check (status in ('OPEN', 'ACKNOWLEDGED', 'DONE')),
    -- the inbox counts its ways in apart, without collecting ids: an item reaches a user one way only
    check (owner is null or address_role is null)
);
-- a rung is its clock, level and due time: a clock restarted by a reopen keeps its id and breaches anew
create unique index desk_item_rung on desk_item (clock_id, level, due_at) where clock_id is not null;
create index desk_item_case on desk_item (case_id);
-- the three ways an inbox reaches an item, each ordered as the inbox lists them and covering what its count
-- reads (index-only); open and done apart, so that the few open items of a branch are not looked for among its
-- years of done ones
create index desk_item_role_open on desk_item (address_branch, address_role, raised_at desc, id desc)
    include (kind, branch) where status <> 'DONE';
create index desk_item_owner_open on desk_item (owner, raised_at desc, id desc)
    include (kind, branch) where status <> 'DONE';
create index desk_item_branch_open on desk_item (branch, raised_at desc, id desc)
    include (kind) where status <> 'DONE';
create index desk_item_role_done on desk_item (address_branch, address_role, raised_at desc, id desc)
    include (kind, branch) where status = 'DONE';
create index desk_item_owner_done on desk_item (owner, raised_at desc, id desc)
    include (kind, branch) where status = 'DONE';
create index desk_item_branch_done on desk_item (branch, raised_at desc, id desc)
    include (kind) where status = 'DONE';

-- Who works where, with which roles, and their mail address; put by CS_MANAGER or OPS.
create table desk_staff (
    username   text primary key,
    name       text        not null,
    email      text        not null,
    branch     text        not null,
    roles      text[]      not null,
    updated_at timestamptz not null
);
create index desk_staff_roles on desk_staff using gin (roles);

-- Who is on duty for a role in a branch, from (inclusive) to (exclusive).
create table desk_shift (
    id         uuid primary key,
    role       text        not null,
    branch     text        not null,
    username   text        not null,
    from_at    timestamptz not null,
    to_at      timestamptz not null,
    created_by text        not null,
    check (to_at > from_at)
);
create index desk_shift_role_branch on desk_shift (role, branch, from_at);

-- One mail per item and recipient, written with the item; the sender takes unsent rows with skip locked.
create table desk_mail (
    id              uuid primary key,
    item_id         uuid        not null references desk_item (id),
    recipient       text        not null,
    email           text        not null,
    subject         text        not null,
    body            text        not null,
    created_at      timestamptz not null,
    next_attempt_at timestamptz not null,
    attempts        int         not null default 0,
    last_error      text,
    sent_at         timestamptz,
    unique (item_id, recipient)
);
create index desk_mail_unsent on desk_mail (next_attempt_at) where sent_at is null;

-- A short-lived, single-use ticket an EventSource carries in its URL; only its SHA-256 is kept.
create table desk_stream_ticket (
    hash       text primary key,
    username   text        not null,
    branch     text        not null,
    roles      text[]      not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index desk_stream_ticket_expires on desk_stream_ticket (expires_at);
