-- Issue 12: residents follow organisations and are told of their new proposals, offers and wants.

-- One row per follower. mail_mode is the follower's forum mail setting (immediate, daily, weekly, none), read
-- over the forum's API with the follower's own token when they follow and whenever they open a followed
-- organisation's page: the forum's settings are the portal's one mail preference, and the directory keeps a copy.
create table directory.follower (
    organization_id text        not null references directory.organization (id),
    user_id         uuid        not null,
    mail_mode       text        not null default 'immediate'
        check (mail_mode in ('immediate', 'daily', 'weekly', 'none')),
    followed_at     timestamptz not null,
    primary key (organization_id, user_id)
);
create index follower_by_user on directory.follower (user_id);

-- Something new from an organisation, once per item (a retried or concurrent "new proposal" is one row).
create table directory.follow_news (
    id              uuid primary key,
    organization_id text        not null references directory.organization (id),
    kind            text        not null check (kind in ('proposal', 'offer', 'want')),
    item_key        text        not null,
    title           text        not null,
    href            text        not null,
    created_at      timestamptz not null,
    unique (kind, item_key)
);

-- The in-app list: one row per follower and news. mailed_at is set when it was mailed (at once or in a digest)
-- or when no mail is due (mail mode none), so the digest finds only what it still owes.
create table directory.follow_notice (
    news_id    uuid        not null references directory.follow_news (id),
    user_id    uuid        not null,
    created_at timestamptz not null,
    read_at    timestamptz,
    mailed_at  timestamptz,
    primary key (news_id, user_id)
);
create index follow_notice_by_user on directory.follow_notice (user_id, created_at desc);
create index follow_notice_unmailed on directory.follow_notice (user_id, created_at) where mailed_at is null;
