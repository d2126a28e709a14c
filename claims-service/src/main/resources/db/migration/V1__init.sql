-- Claims (索赔 / 理赔, 000, 001, 003, 004): one row per claim, with its assessment, approval, the
-- claimant's answer, the payment and the recovery filed with the carrier or insurer.
create table claim (
    id                  uuid primary key,
    number              text           not null,
    branch              text           not null,
    stage               text           not null,
    status              text           not null,
    type                text           not null,
    waybill_no          text           not null,
    claimant            text,
    phone               text,
    declared_value      numeric(14, 2),
    insured             boolean        not null,
    insured_amount      numeric(14, 2),
    freight             numeric(14, 2),
    amount_claimed      numeric(14, 2),
    currency            text           not null,
    description         text,
    exception_kind      text,
    correlation_id      text           not null,
    opened_by           text           not null,
    opened_at           timestamptz    not null,
    replied_at          timestamptz,
    documents_complete_at timestamptz,
    -- assessment: the payable amount and how it was calculated (lines joined by newlines)
    payable             numeric(14, 2),
    assessment_rule     text,
    assessment_steps    text,
    assessed_by         text,
    assessed_at         timestamptz,
    approved_by         text,
    approved_role       text,
    approved_at         timestamptz,
    answer_note         text,
    answered_at         timestamptz,
    paid_amount         numeric(14, 2),
    payment_reference   text,
    paid_by             text,
    paid_at             timestamptz,
    -- recovery (追偿) with the carrier or insurer, filed by headquarters
    recovery_counterparty      text,
    recovery_counterparty_name text,
    recovery_amount            numeric(14, 2),
    recovery_reference         text,
    recovery_status            text,
    recovery_amount_recovered  numeric(14, 2),
    recovery_filed_by          text,
    recovery_filed_at          timestamptz,
    recovery_settled_at        timestamptz,
    version             bigint         not null default 0,
    constraint claim_number_unique unique (number),
    -- a payment reference pays one claim once
    constraint claim_payment_reference_unique unique (payment_reference)
);
create index claim_branch_opened on claim (branch, opened_at desc);
create index claim_status_opened on claim (status, opened_at desc);
create index claim_waybill on claim (waybill_no);
-- a shipment exception opens at most one claim per waybill and kind
create unique index claim_waybill_exception on claim (waybill_no, exception_kind) where exception_kind is not null;

create sequence claim_number_seq;

-- The documents of a claim (000's ten). The bytes sit in their own table so that lists never load them.
create table claim_document (
    id            uuid primary key,
    claim_id      uuid        not null references claim (id),
    type          text        not null,
    file_name     text        not null,
    content_type  text        not null,
    size          bigint      not null,
    sha256        text        not null,
    status        text        not null,
    reject_reason text,
    uploaded_by   text        not null,
    uploaded_at   timestamptz not null,
    rejected_by   text,
    rejected_at   timestamptz
);
create index claim_document_claim on claim_document (claim_id, uploaded_at);

create table claim_document_content (
    document_id uuid primary key references claim_document (id),
    bytes       bytea not null
);
