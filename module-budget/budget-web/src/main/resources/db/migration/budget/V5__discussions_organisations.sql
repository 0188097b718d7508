-- Issue 12. A proposal's discussion is a forum topic: its address once the forum has answered, and when the
-- budget last asked (the forum may be off in the area or down; a timer asks again).
create table budget.proposal_discussion (
    proposal_id bigint primary key references budget.proposal (id),
    topic_href  text,
    tried_at    timestamptz not null,
    linked_at   timestamptz,
    check ((topic_href is null) = (linked_at is null))
);

-- The directory organisation a proposal was submitted on behalf of (ids are the directory's, plain values).
-- The name and address are copied when the proposal is submitted, so the proposal still names its
-- organisation when the directory is off or down.
create table budget.proposal_organisation (
    proposal_id       bigint primary key references budget.proposal (id),
    organisation_id   text not null,
    organisation_name text not null,
    organisation_href text not null,
    submitted_by      uuid not null
);
create index proposal_organisation_by_org on budget.proposal_organisation (organisation_id);
