-- 003 (授权): the division manager signs compensation off, or authorises someone to, up to an amount. Rows
-- are never updated but to revoke them, so the table is the audit trail of who could sign what, and when.
create table compensation_authorisation (
    id         uuid primary key,
    delegate   text          not null,
    up_to      numeric(12,2) not null,
    reason     text          not null,
    granted_by text          not null,
    granted_at timestamptz   not null,
    revoked_by text,
    revoked_at timestamptz
);
create unique index compensation_authorisation_active on compensation_authorisation (delegate) where revoked_at is null;
