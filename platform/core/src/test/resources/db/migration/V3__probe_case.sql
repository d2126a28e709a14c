-- a case with a person on it, erased by the retention tests' PersonalData
create table probe_case (
    id        uuid primary key,
    person    text        not null,
    closed_at timestamptz,
    erased_at timestamptz
);
