-- The core schema: accounts and their sessions, token signing keys, the area tree, the module registry.

create table user_account (
    id            uuid primary key,
    email         text not null,
    display_name  text not null,
    password_hash text not null,
    confirmed     boolean not null default false,
    platform_admin boolean not null default false,
    created_at    timestamptz not null default now(),
    version       bigint not null default 0,
    constraint user_account_email_lower check (email = lower(email))
);
create unique index user_account_email_key on user_account (email);

-- One row per sign-in. Tokens carry the id; revoking the row signs the user out in every WAR.
create table user_session (
    id           text primary key,
    user_id      uuid not null references user_account (id) on delete cascade,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    revoked_at   timestamptz
);
create index user_session_user on user_session (user_id);
create index user_session_revoked on user_session (expires_at) where revoked_at is not null;

-- ES256 keys as JWK; the newest unretired one signs, all of them verify.
create table signing_key (
    kid        text primary key,
    jwk        text not null,
    created_at timestamptz not null default now(),
    retired_at timestamptz
);

create table area (
    id        uuid primary key,
    parent_id uuid references area (id),
    slug      text not null unique,
    name      text not null,
    level     text not null check (level in ('authority', 'district', 'ward', 'neighbourhood')),
    constraint area_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint area_root_is_authority check ((parent_id is null) = (level = 'authority'))
);
create index area_parent on area (parent_id);

create table module_registration (
    id           text primary key,
    name         text not null,
    context_path text not null,
    version      text not null,
    nav_order    integer not null default 100,
    active       boolean not null,
    started_at   timestamptz not null,
    stopped_at   timestamptz
);
