-- Wants and offers of organisations, answered through the portal, and links between organisations.

create table directory.exchange_post (
    id              uuid primary key,
    organization_id text not null references directory.organization (id),
    kind            text not null check (kind in ('want', 'offer')),
    category        text not null check (category in ('volunteers', 'equipment', 'room', 'skills', 'other')),
    title           text not null,
    body_source     text not null,
    body_html       text not null,
    ends_on         date not null,
    created_by      uuid,
    created_at      timestamptz not null,
    closed_at       timestamptz
);
create index exchange_post_open on directory.exchange_post (ends_on, organization_id) where closed_at is null;

-- A conversation per post and replier: the replier's messages and the organisation's answers.
create table directory.exchange_message (
    id          uuid primary key,
    post_id     uuid not null references directory.exchange_post (id),
    replier_id  uuid not null,
    author_id   uuid not null,
    body_source text not null,
    body_html   text not null,
    created_at  timestamptz not null
);
create index exchange_message_thread on directory.exchange_message (post_id, replier_id, created_at);
create index exchange_message_author on directory.exchange_message (author_id);

create table directory.organization_link (
    from_id    text not null references directory.organization (id),
    to_id      text not null references directory.organization (id),
    kind       text not null check (kind in ('partner-of', 'member-of', 'funded-by')),
    created_by uuid,
    created_at timestamptz not null,
    primary key (from_id, to_id, kind),
    check (from_id <> to_id)
);
create index organization_link_to on directory.organization_link (to_id);
