-- Deleting an account (the resident's right to erasure) keeps the row as a tombstone: forum posts,
-- proposals and other content refer to the author by id and stay, shown as by "former member".
-- The tombstone holds no personal data: email, display name and password hash become null.
-- The unique index on email lets any number of nulls through, so the address is free at once.

alter table user_account alter column email drop not null;
alter table user_account alter column display_name drop not null;
alter table user_account alter column password_hash drop not null;
alter table user_account add column deleted_at timestamptz;

-- A live account can sign in and be named; a deleted one can do neither.
alter table user_account add constraint user_account_live_or_erased check (
    (deleted_at is null and email is not null and display_name is not null and password_hash is not null)
    or (deleted_at is not null and email is null and display_name is null and password_hash is null));

-- Modules that erase their own personal data of deleted accounts ask for those deleted since a time.
create index user_account_deleted on user_account (deleted_at) where deleted_at is not null;
