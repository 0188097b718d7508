-- Mails asked for by anonymous or cheap requests (registration, resend, reset, email change, a module's
-- invitations) are counted per recipient address and per client address, like core.signin_throttle:
-- one row per counter, changed by one upsert, so parallel requests on any instance count in turn.
create table mail_throttle (
    kind              text not null,
    subject           text not null,
    mails             integer not null,
    window_started_at timestamptz not null,
    primary key (kind, subject),
    constraint mail_throttle_kind check (kind in ('recipient', 'address')),
    constraint mail_throttle_mails check (mails >= 0)
);
create index mail_throttle_window on mail_throttle (window_started_at);
