-- Issue 3, items 4 and 8: the audit log, sign-in throttling, and disabling accounts.

-- Who did what to whom, when and from where. Append-only: the portal never updates or deletes a row.
-- The actor's email and name are copied, not joined, so an entry still says who acted after the
-- account is renamed or deleted. No foreign keys, for the same reason.
create table audit_entry (
    id             uuid primary key,
    occurred_at    timestamptz not null,
    actor_id       uuid,          -- null: anonymous or the system (e.g. a sign-in lock)
    actor_email    text,
    actor_name     text,
    action         text not null, -- e.g. user.disabled, admin.granted, signin.locked
    target_type    text,          -- e.g. user, email, address
    target_id      text,
    target_label   text,
    client_address text,
    details        jsonb,
    constraint audit_entry_action_format check (action ~ '^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$'),
    constraint audit_entry_actor check (actor_id is not null or (actor_email is null and actor_name is null))
);
-- Browsing: newest first, optionally for one action.
create index audit_entry_occurred on audit_entry (occurred_at desc, id desc);
create index audit_entry_action on audit_entry (action, occurred_at desc);
create index audit_entry_actor on audit_entry (actor_id, occurred_at desc);

-- Failed sign-ins per email and per client address. One row per key, changed only by single
-- upserts (a row lock each), so parallel attempts cannot slip past the limit, and shared by every
-- instance through the database. Attempts are counted when they start and forgiven when they
-- succeed; rows older than the window and the lock are purged.
create table signin_throttle (
    kind              text not null,
    subject           text not null,
    attempts          integer not null,
    window_started_at timestamptz not null,
    locked_until      timestamptz,
    primary key (kind, subject),
    constraint signin_throttle_kind check (kind in ('email', 'address')),
    constraint signin_throttle_attempts check (attempts >= 0)
);
create index signin_throttle_window on signin_throttle (window_started_at);

-- A disabled account cannot sign in; disabling also revokes all its sessions.
alter table user_account add column disabled_at timestamptz;
