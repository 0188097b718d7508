-- Import jobs (large HSDS files, postcode files) where every instance of a cluster can read them: the uploader's
-- next poll may reach another instance than the one running the job. The running instance saves the job as it
-- goes and every few seconds (heartbeat_at); a job still 'running' whose heartbeat is a minute old lost its
-- instance and is marked failed by whoever reads it next. Jobs are forgotten 6 hours after they end.
create table directory.import_job (
    id            uuid primary key,
    kind          text not null check (kind in ('hsds-json', 'hsds-csv', 'postcodes')),
    area_slug     text,
    owner_id      uuid not null,
    state         text not null check (state in ('running', 'done', 'failed')),
    done          bigint not null,
    total         bigint not null,
    bytes_read    bigint not null,
    bytes_total   bigint not null,
    created       integer not null,
    updated       integer not null,
    problem_count integer not null,
    problems      jsonb not null,   -- the first 500, as the progress API shows them
    failure       text,             -- a message key of the directory's bundle
    started_at    timestamptz not null,
    finished_at   timestamptz,
    heartbeat_at  timestamptz not null
);
create index import_job_running on directory.import_job (kind) where state = 'running';
create index import_job_ended on directory.import_job (finished_at) where state <> 'running';
