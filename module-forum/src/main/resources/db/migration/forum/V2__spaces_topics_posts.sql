-- Spaces (one per area, by slug), categories, topics, posts with their history, likes, flags,
-- silences, rate-limit events, read positions, subscriptions, notifications and mail settings.
-- Areas and members are the core's: referred to by slug and id, as plain values.

create table space (
    area_slug      text primary key,
    read_policy    text not null default 'everyone' check (read_policy in ('everyone', 'members')),
    post_policy    text not null default 'members' check (post_policy in ('members', 'residents')),
    flag_threshold int  not null default 3 check (flag_threshold between 1 and 20),
    created_at     timestamptz not null default now()
);

create table category (
    id          uuid primary key,
    area_slug   text not null references space (area_slug),
    name        text not null check (char_length(name) between 1 and 80),
    description text not null default '' check (char_length(description) <= 500),
    position    int  not null default 0,
    archived_at timestamptz,
    created_at  timestamptz not null default now()
);
-- Two admins creating "Parking" at once get one category and one 409.
create unique index category_name_key on category (area_slug, lower(name)) where archived_at is null;
create index category_area on category (area_slug, position);

create table topic (
    id           uuid primary key,
    area_slug    text not null references space (area_slug),
    category_id  uuid not null references category (id),
    title        text not null check (char_length(title) between 5 and 200),
    author_id    uuid not null,
    created_at   timestamptz not null,
    last_post_at timestamptz not null,
    -- The number of the last post; posts are numbered 1..post_count without gaps (deleted ones stay as tombstones).
    post_count   int not null default 0,
    pinned       boolean not null default false,
    locked       boolean not null default false,
    closed       boolean not null default false,
    title_search tsvector generated always as (setweight(to_tsvector('english', title), 'A')) stored
);
create index topic_area_latest on topic (area_slug, pinned desc, last_post_at desc, id);
create index topic_category_latest on topic (category_id, pinned desc, last_post_at desc, id);
create index topic_title_search on topic using gin (title_search);

create table post (
    id          uuid primary key,
    topic_id    uuid not null references topic (id),
    number      int  not null check (number >= 1),
    author_id   uuid not null,
    reply_to    uuid references post (id),
    body_source text not null,
    body_html   text not null,
    body_text   text not null,
    created_at  timestamptz not null,
    edited_at   timestamptz,
    deleted_at  timestamptz,
    hidden_at   timestamptz,
    hidden_reason text,
    like_count  int not null default 0,
    search      tsvector generated always as (setweight(to_tsvector('english', body_text), 'B')) stored,
    constraint post_number_key unique (topic_id, number)
);
create index post_author on post (author_id, created_at desc);
create index post_search on post using gin (search);

create table post_revision (
    post_id     uuid not null references post (id),
    revision    int  not null,
    body_source text not null,
    body_html   text not null,
    replaced_at timestamptz not null,
    primary key (post_id, revision)
);

create table post_like (
    post_id    uuid not null references post (id),
    user_id    uuid not null,
    created_at timestamptz not null default now(),
    primary key (post_id, user_id)
);
create index post_like_user on post_like (user_id);

create table flag (
    id         uuid primary key,
    post_id    uuid not null references post (id),
    user_id    uuid not null,
    reason     text not null check (reason in ('spam', 'offensive', 'off_topic', 'other')),
    text       text check (char_length(text) <= 500),
    weight     int  not null default 1,
    created_at timestamptz not null,
    status     text not null default 'open' check (status in ('open', 'agreed', 'disagreed', 'ignored')),
    decided_at timestamptz,
    decided_by uuid,
    -- One flag per member per post: a second one is a 409, even when two arrive at once.
    constraint flag_once unique (post_id, user_id)
);
create index flag_open on flag (status, post_id);
create index flag_user on flag (user_id, status);

create table silence (
    area_slug  text not null,
    user_id    uuid not null,
    until      timestamptz not null,
    reason     text not null,
    created_by uuid,
    created_at timestamptz not null default now(),
    primary key (area_slug, user_id)
);

-- What rate limits count: one row per topic or reply written, kept for a day or two.
create table rate_event (
    user_id    uuid not null,
    kind       text not null check (kind in ('topic', 'post')),
    text_hash  text not null,
    created_at timestamptz not null
);
create index rate_event_user on rate_event (user_id, created_at desc);

-- Members as the forum knows them, for @mentions: a handle made of the display name's letters and digits.
create table participant (
    user_id      uuid primary key,
    handle       text not null,
    display_name text not null,
    updated_at   timestamptz not null default now()
);
create index participant_handle on participant (lower(handle));

create table topic_read (
    user_id     uuid not null,
    topic_id    uuid not null references topic (id),
    last_number int  not null,
    primary key (user_id, topic_id)
);

create table subscription (
    user_id     uuid not null,
    target_type text not null check (target_type in ('topic', 'category')),
    target_id   uuid not null,
    level       text not null check (level in ('watch', 'track', 'mute')),
    primary key (user_id, target_type, target_id)
);
create index subscription_target on subscription (target_type, target_id, level);

create table notification (
    id         uuid primary key,
    user_id    uuid not null,
    kind       text not null check (kind in ('reply', 'mention', 'watched', 'hidden', 'silenced', 'moderated')),
    topic_id   uuid references topic (id),
    post_id    uuid references post (id),
    area_slug  text not null,
    summary    text not null,
    created_at timestamptz not null,
    read_at    timestamptz,
    mailed_at  timestamptz
);
create index notification_user on notification (user_id, created_at desc);
create index notification_unmailed on notification (user_id) where mailed_at is null;

create table mail_setting (
    user_id          uuid primary key,
    mode             text not null default 'immediate' check (mode in ('immediate', 'daily', 'weekly', 'none')),
    unsubscribe_token text not null unique,
    last_digest_at   timestamptz
);
