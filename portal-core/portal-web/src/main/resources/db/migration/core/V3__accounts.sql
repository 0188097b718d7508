-- Residents' own account flows: registration with email confirmation, password reset, email change,
-- and the profile (preferred language, home area).

alter table user_account
    add column preferred_language text not null default 'en',
    add column home_area_id uuid references area (id) on delete set null,
    add constraint user_account_language check (preferred_language in ('en', 'cy'));

-- One-use links sent by mail. Only the SHA-256 of the secret in the link is kept: someone who reads
-- the database (or a backup) cannot use a link that is still valid.
create table account_token (
    id          uuid primary key,
    user_id     uuid not null references user_account (id) on delete cascade,
    purpose     text not null,
    token_hash  text not null,
    new_email   text,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    constraint account_token_purpose check (purpose in ('confirm-email', 'reset-password', 'change-email')),
    constraint account_token_hash_format check (token_hash ~ '^[0-9a-f]{64}$'),
    constraint account_token_new_email check ((purpose = 'change-email') = (new_email is not null)),
    constraint account_token_new_email_lower check (new_email = lower(new_email))
);
create unique index account_token_hash_key on account_token (token_hash);
create index account_token_user on account_token (user_id, purpose);
