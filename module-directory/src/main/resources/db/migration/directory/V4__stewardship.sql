-- Keeping listings true: who may edit an organisation's listing, claims to become its editor,
-- suggestions from anyone else waiting for approval, residents' reports, and reminders to check.

create table directory.editor (
    organization_id text not null references directory.organization (id),
    user_id         uuid not null,
    added_by        uuid,
    added_at        timestamptz not null,
    primary key (organization_id, user_id)
);
create index editor_user on directory.editor (user_id);

create table directory.claim (
    id              uuid primary key,
    organization_id text not null references directory.organization (id),
    user_id         uuid not null,
    message         text not null default '',
    status          text not null check (status in ('pending', 'approved', 'rejected')),
    created_at      timestamptz not null,
    decided_at      timestamptz,
    decided_by      uuid
);
-- One open claim per member and organisation; two clicks at once make one.
create unique index claim_one_pending on directory.claim (organization_id, user_id) where status = 'pending';

create table directory.suggestion (
    id              uuid primary key,
    record_type     text not null check (record_type in ('organization', 'service')),
    record_id       text not null,
    organization_id text not null references directory.organization (id),
    user_id         uuid not null,
    changes         jsonb not null,
    status          text not null check (status in ('pending', 'approved', 'rejected')),
    created_at      timestamptz not null,
    decided_at      timestamptz,
    decided_by      uuid
);
create index suggestion_pending on directory.suggestion (organization_id) where status = 'pending';

create table directory.report (
    id              uuid primary key,
    record_type     text not null check (record_type in ('organization', 'service')),
    record_id       text not null,
    organization_id text references directory.organization (id),
    area_slug       text not null,
    reason          text not null check (reason in ('out-of-date', 'closed', 'other')),
    details         text not null default '',
    user_id         uuid,
    created_at      timestamptz not null
);
create index report_area on directory.report (area_slug, created_at desc);

-- When editors were last reminded to check the listing (null: never since the last check).
alter table directory.organization add column reminded_at timestamptz;
create index organization_verified on directory.organization (last_verified_at);
