-- Business partners (003: delivery providers, suppliers, end customers, outsourced departments, line
-- shippers and consignees), each called once a month.
create table partner (
    id            uuid primary key,
    name          text        not null,
    type          text        not null,
    branch        text        not null,
    contact_name  text,
    phone         text        not null,
    active        boolean     not null default true,
    registered_at timestamptz not null,
    version       bigint      not null default 0
);
create index partner_branch_name on partner (branch, name);

-- Follow-up calls (回访). One per (case, round): the round is the resolution instant of a complaint, or the
-- month of a partner, so a redelivered or re-published event, and a second scheduler instance, insert nothing.
create table revisit (
    id                uuid primary key,
    case_type         text        not null,
    case_id           text        not null,
    case_number       text,
    round             text        not null,
    branch            text        not null,
    customer_name     text,
    phone             text,
    partner_type      text,
    correlation_id    text        not null,
    status            text        not null,
    due_on            date        not null,
    deadline          timestamptz not null,
    late              boolean     not null default false,
    late_reason       text,
    received_at       timestamptz,
    resolved_at       timestamptz,
    attempts          integer     not null default 0,
    satisfied         boolean,
    reliability       integer,
    assurance         integer,
    tangibles         integer,
    empathy           integer,
    responsiveness    integer,
    comments          text,
    suggestions       text,
    new_service_needs text,
    business_leads    text,
    closed_at         timestamptz,
    closed_by         text,
    cancel_reason     text,
    created_at        timestamptz not null,
    version           bigint      not null default 0,
    constraint revisit_case_round_unique unique (case_type, case_id, round),
    constraint revisit_scores_rater check (
        coalesce(reliability, 1) between 1 and 5 and coalesce(assurance, 1) between 1 and 5
        and coalesce(tangibles, 1) between 1 and 5 and coalesce(empathy, 1) between 1 and 5
        and coalesce(responsiveness, 1) between 1 and 5)
);
-- the call list: open calls of a branch by day (every agent query is branch-scoped)
create index revisit_open_branch_due on revisit (branch, due_on) where status = 'SCHEDULED';
create index revisit_open_deadline on revisit (deadline) where status = 'SCHEDULED';
create index revisit_case on revisit (case_id);

create table revisit_attempt (
    id         uuid primary key,
    revisit_id uuid        not null references revisit (id),
    attempt_no integer     not null,
    at         timestamptz not null,
    made_by    text        not null,
    outcome    text        not null,
    note       text,
    constraint revisit_attempt_no_unique unique (revisit_id, attempt_no)
);
