-- Every mail the portal sends. A row is written in the same transaction as the change that causes
-- it (a registration, a reset request), so a mail exists exactly when its cause was committed; a
-- worker sends it later and retries with back-off while the SMTP server is down. Rows are kept after
-- sending so that platform admins can see what went out.

create table mail_outbox (
    id              uuid primary key,
    recipient       text not null,
    subject         text not null,
    text_body       text not null,
    html_body       text,
    kind            text not null,
    created_at      timestamptz not null,
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null,
    sent_at         timestamptz,
    last_error      text,
    constraint mail_outbox_attempts check (attempts >= 0),
    constraint mail_outbox_kind_format check (kind ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

-- The worker's query: unsent mails that are due, oldest due first. Partial, so sent mails (nearly
-- all rows, after a while) cost the worker nothing.
create index mail_outbox_due on mail_outbox (next_attempt_at) where sent_at is null;

-- The admin page: newest first.
create index mail_outbox_created on mail_outbox (created_at desc);
