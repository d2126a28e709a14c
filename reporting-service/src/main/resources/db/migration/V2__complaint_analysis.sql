-- One row per complaint, kept current by its events: the base of KPIs, repeat customers and major lists.
create table complaint_fact (
    complaint_id     uuid primary key,
    number           text        not null,
    branch           text        not null,
    channel          text        not null,
    category         text        not null,
    major            boolean     not null,
    customer_key     text,
    received_at      timestamptz not null,
    -- the first day of the month received (Asia/Shanghai), the monthly report's key
    month            date        not null,
    acknowledged_at  timestamptz,
    resolved_at      timestamptz,
    closed_at        timestamptz,
    transferred      boolean     not null default false,
    reopened         int         not null default 0,
    escalation_level int         not null default 0
);
create index complaint_fact_month_branch on complaint_fact (month, branch);
create index complaint_fact_month_customer on complaint_fact (month, customer_key) where customer_key is not null;
create index complaint_fact_major on complaint_fact (month, received_at) where major;
create index complaint_fact_received on complaint_fact (received_at);

-- Pre-aggregated counts: the monthly analysis reads a few hundred rows whatever the number of complaints.
create table complaint_monthly (
    month      date   not null,
    branch     text   not null,
    channel    text   not null,
    category   text   not null,
    registered bigint not null,
    major      bigint not null,
    primary key (month, branch, channel, category)
);

-- Every rung raised, once.
create table complaint_escalation (
    complaint_id uuid        not null,
    clock_kind   text        not null,
    level        int         not null,
    escalate_to  text        not null,
    raised_at    timestamptz not null,
    primary key (complaint_id, clock_kind, level)
);

-- Follow-up call results (RATER, 000).
create table revisit_outcome (
    revisit_id     uuid primary key,
    case_type      text        not null,
    case_id        text        not null,
    satisfied      boolean     not null,
    reliability    int,
    assurance      int,
    tangibles      int,
    empathy        int,
    responsiveness int,
    completed_at   timestamptz not null
);
create index revisit_outcome_case on revisit_outcome (case_id);

-- 003: frequent causes get preventive measures, approved by the general manager.
create table preventive_measure (
    id          uuid primary key,
    month       date        not null,
    cause       text        not null,
    measure     text        not null,
    owner       text        not null,
    due_date    date,
    status      text        not null,
    proposed_by text        not null,
    decided_by  text,
    decided_at  timestamptz,
    note        text,
    version     bigint      not null default 0
);
create index preventive_measure_month on preventive_measure (month, cause);
