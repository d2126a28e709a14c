-- Rebuilds of the read models, asked for by ops. One runs at a time (the partial unique index), on
-- whichever pod holds its advisory lock: it fills the schema reporting_rebuild from the beginning of the
-- topics while these tables keep serving, and swaps its tables in once it has caught up.
--   RUNNING  being filled (or waiting for a pod to take it up again);  DONE  swapped in
--   CANCELLED  stopped by ops;  FAILED  the topics no longer hold the history (note says which partition)
create table rebuild_run (
    id           uuid primary key,
    seq          bigint generated always as identity,
    status       text        not null,
    requested_by text        not null,
    requested_at timestamptz not null,
    worker       text,
    lag          bigint,
    progress_at  timestamptz,
    finished_at  timestamptz,
    note         text
);
create unique index rebuild_run_one_running on rebuild_run ((true)) where status = 'RUNNING';
