-- the effect the probe consumer applies, counted by the inbox tests
create table probe_effect (
    event_id uuid        not null,
    subject  text        not null,
    applied  timestamptz not null default now()
);
