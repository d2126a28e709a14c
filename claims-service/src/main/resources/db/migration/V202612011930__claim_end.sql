-- A claim can end without payment: rejected under an exclusion clause (免责条款, 000) or withdrawn by the claimant.
alter table claim add column end_clause text;
alter table claim add column end_reason text;
alter table claim add column ended_by text;
alter table claim add column ended_at timestamptz;
