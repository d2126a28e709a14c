-- One row per claim, kept current by its events: counts and amounts per branch and carrier.
create table claim_fact (
    claim_id         uuid primary key,
    branch           text          not null,
    type             text          not null,
    opened_at        timestamptz   not null,
    amount_claimed   numeric(14, 2),
    amount_paid      numeric(14, 2) not null default 0,
    -- the carrier or insurer the recovery was filed with
    counterparty     text,
    amount_recovered numeric(14, 2) not null default 0
);
create index claim_fact_opened on claim_fact (opened_at, branch);

-- A payment counts once per payment reference, however often its event is published.
create table claim_payment (
    claim_id          uuid           not null,
    payment_reference text           not null,
    amount            numeric(14, 2) not null,
    primary key (claim_id, payment_reference)
);
