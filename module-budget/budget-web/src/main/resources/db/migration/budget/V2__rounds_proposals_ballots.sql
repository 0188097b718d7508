-- Participatory budget: rounds per area, proposals, one ballot per person and round, stored results,
-- delivery updates and followers. Areas and users are plain values (slug, uuid): they live in the core.

create table budget.round (
    id               bigserial primary key,
    area_slug        text        not null,
    -- A round split into one budget per sub-area: each part is a round of its own with this parent.
    parent_id        bigint      references budget.round (id),
    title            text        not null check (char_length(title) between 3 and 200),
    description_source text      not null default '',
    description_html text        not null default '',
    budget           bigint      not null check (budget > 0),
    rule             text        not null,
    ballot_kind      text        not null check (ballot_kind in ('approval', 'knapsack', 'cumulative', 'ranked')),
    ballot_min       integer     check (ballot_min >= 0),
    ballot_max       integer     check (ballot_max >= 1),
    ballot_points    integer     check (ballot_points >= 1),
    phase            text        not null default 'draft'
        check (phase in ('draft', 'proposals', 'review', 'voting', 'results', 'delivery')),
    -- When each phase starts by date (a manager may move it earlier); null: only by hand.
    proposals_at     timestamptz,
    review_at        timestamptz,
    voting_at        timestamptz,
    results_at       timestamptz,
    phase_changed_at timestamptz not null,
    imported         boolean     not null default false,
    created_by       uuid,
    created_at       timestamptz not null
);
create index round_area on budget.round (area_slug, created_at desc);

create table budget.proposal (
    id                 bigserial primary key,
    round_id           bigint      not null references budget.round (id),
    author_id          uuid,
    title              text        not null check (char_length(title) between 3 and 200),
    description_source text        not null,
    description_html   text        not null,
    cost               bigint      not null check (cost > 0),
    place              text,
    category           text,
    status             text        not null default 'submitted'
        check (status in ('submitted', 'withdrawn', 'feasible', 'unfeasible')),
    final_cost         bigint      check (final_cost > 0),
    explanation        text,
    reviewed_by        uuid,
    reviewed_at        timestamptz,
    -- The id a Pabulib file gave the project, for rounds imported from one; else the proposal's own id.
    file_project_id    text,
    delivery_status    text        check (delivery_status in ('planned', 'in-progress', 'done', 'cancelled')),
    progress           integer     not null default 0 check (progress between 0 and 100),
    submitted_at       timestamptz not null,
    changed_at         timestamptz not null,
    check (status <> 'unfeasible' or explanation is not null),
    check (status <> 'feasible' or final_cost is not null)
);
create index proposal_round on budget.proposal (round_id, id);
create index proposal_author on budget.proposal (author_id);

-- One ballot per person and round: the primary key says so, an upsert replaces it (the last counts).
-- voter_id is the receipt: random per round, the id the published Pabulib file shows, never the user id.
create table budget.ballot (
    round_id   bigint      not null references budget.round (id),
    user_id    uuid        not null,
    voter_id   text        not null,
    channel    text        not null check (channel in ('online', 'paper')),
    projects   bigint[]    not null check (cardinality(projects) >= 1),
    points     integer[],
    cast_at    timestamptz not null,
    entered_by uuid,
    primary key (round_id, user_id),
    unique (round_id, voter_id),
    check (points is null or cardinality(points) = cardinality(projects))
);

-- The count made when the round moved to results, and the exact file it was made from.
create table budget.result (
    round_id           bigint primary key references budget.round (id),
    rule               text        not null,
    counted_at         timestamptz not null,
    spent              bigint      not null,
    voters             integer     not null,
    voters_with_funded integer     not null,
    pabulib            text        not null,
    sha256             text        not null,
    -- Equal Shares only: each voter's share at the start, in the kept run (raised by completion), and
    -- what the next, refused, raise would have spent.
    starting_share     numeric,
    per_voter_share    numeric,
    next_run_cost      numeric
);

create table budget.result_project (
    round_id     bigint  not null references budget.result (round_id),
    proposal_id  bigint  not null references budget.proposal (id),
    votes        bigint  not null,
    score        bigint  not null,
    funded       boolean not null,
    funded_order integer,
    explanation  text    not null,
    primary key (round_id, proposal_id)
);

create table budget.delivery_update (
    id          bigserial primary key,
    proposal_id bigint      not null references budget.proposal (id),
    status      text        not null check (status in ('planned', 'in-progress', 'done', 'cancelled')),
    progress    integer     not null check (progress between 0 and 100),
    text_source text        not null,
    text_html   text        not null,
    written_by  uuid,
    written_at  timestamptz not null
);
create index delivery_update_proposal on budget.delivery_update (proposal_id, written_at desc);

create table budget.follow (
    proposal_id bigint      not null references budget.proposal (id),
    user_id     uuid        not null,
    followed_at timestamptz not null,
    primary key (proposal_id, user_id)
);
create index follow_user on budget.follow (user_id);
