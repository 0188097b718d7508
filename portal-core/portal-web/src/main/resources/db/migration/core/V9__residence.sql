-- Issue 4, item 5: residence. A resident claims to live in an area (by postcode, or with a one-time
-- voting code handed out in person); the claim is verified at once when the area's postcode list
-- covers it, otherwise an area admin decides.

-- One claim per user per area type: claiming a ward replaces the earlier ward claim (moving home),
-- a neighbourhood claim is separate. The type is copied from the area when the claim is made, so
-- the unique index can hold the rule without a trigger. A replaced claim is deleted, not kept:
-- the audit log records the decisions, and an old address is nobody's business.
create table residence (
    id          uuid primary key,
    user_id     uuid not null references user_account (id) on delete cascade,
    area_id     uuid not null references area (id),
    area_type   text not null,
    postcode    text,          -- null when verified by a code
    status      text not null,
    method      text,          -- how it was settled; null while pending
    claimed_at  timestamptz not null,
    decided_at  timestamptz,
    decided_by  uuid,          -- the area admin; no foreign key, their account may be erased
    constraint residence_status check (status in ('pending', 'verified', 'rejected')),
    constraint residence_method check (method in ('postcode', 'code', 'decision')),
    constraint residence_area_type check (area_type in ('authority', 'district', 'ward', 'neighbourhood', 'other')),
    constraint residence_postcode_format check (postcode ~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$'),
    constraint residence_settled check ((status = 'pending') = (method is null) and (status = 'pending') = (decided_at is null)),
    constraint residence_rejected_by_decision check (status <> 'rejected' or method = 'decision')
);
create unique index residence_one_per_type on residence (user_id, area_type);
create index residence_pending on residence (area_id, claimed_at) where status = 'pending';
create index residence_verified on residence (user_id) where status = 'verified';

-- Voting codes are issued in batches for one area. Only the SHA-256 of each code is kept; the codes
-- themselves are shown once, to the admin who issued them.
create table residence_code_batch (
    id          uuid primary key,
    area_id     uuid not null references area (id),
    issued_by   uuid,          -- no foreign key: the issuer's account may be erased
    issued_at   timestamptz not null,
    expires_at  timestamptz not null,
    code_count  integer not null,
    constraint residence_code_batch_count check (code_count between 1 and 1000),
    constraint residence_code_batch_expiry check (expires_at > issued_at)
);
create index residence_code_batch_area on residence_code_batch (area_id, issued_at desc);

create table residence_code (
    code_hash  text primary key,
    batch_id   uuid not null references residence_code_batch (id),
    used_at    timestamptz,
    used_by    uuid,           -- cleared when that account is erased
    constraint residence_code_hash_format check (code_hash ~ '^[0-9a-f]{64}$'),
    constraint residence_code_used check (used_by is null or used_at is not null)
);
create index residence_code_by_batch on residence_code (batch_id);
create index residence_code_user on residence_code (used_by) where used_by is not null;

-- Wrong codes are counted per user in the sign-in throttle's table, under their own kind.
alter table signin_throttle drop constraint signin_throttle_kind;
alter table signin_throttle add constraint signin_throttle_kind check (kind in ('email', 'address', 'residence-code'));
