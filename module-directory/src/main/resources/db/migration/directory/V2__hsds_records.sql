-- Open Referral HSDS 3.0 records. Each top-level record keeps its HSDS document (jsonb, exactly the
-- schema's shape, nested one-to-many parts such as phones, schedules, contacts, languages,
-- accessibility, cost options, service areas and attributes inline) beside the columns that search,
-- filtering, paging and the portal's own rules need. The document is what the API serves and what an
-- import replaces; the columns are derived from it in the same statement.

create table directory.taxonomy (
    id          text primary key,
    name        text not null,
    document    jsonb not null,
    updated_at  timestamptz not null
);

create table directory.taxonomy_term (
    id          text primary key,
    taxonomy_id text references directory.taxonomy (id),
    code        text,
    name        text not null,
    parent_id   text,
    document    jsonb not null,
    updated_at  timestamptz not null
);
create index taxonomy_term_taxonomy on directory.taxonomy_term (taxonomy_id);

-- status: HSDS's value list for services, used for organisations too; nothing is deleted outright.
create table directory.organization (
    id               text primary key,
    area_slug        text not null,
    name             text not null,
    status           text not null default 'active'
        check (status in ('active', 'temporarily closed', 'inactive', 'defunct')),
    approved         boolean not null default true,
    document         jsonb not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    last_verified_at timestamptz not null
);
create index organization_by_area on directory.organization (area_slug, created_at desc);

-- Other areas an organisation serves besides its own.
create table directory.organization_area (
    organization_id text not null references directory.organization (id),
    area_slug       text not null,
    primary key (organization_id, area_slug)
);

create table directory.service (
    id               text primary key,
    organization_id  text references directory.organization (id),
    area_slug        text not null,
    name             text not null,
    status           text not null
        check (status in ('active', 'temporarily closed', 'inactive', 'defunct')),
    approved         boolean not null default true,
    minimum_age      numeric,
    maximum_age      numeric,
    free             boolean not null default false,
    document         jsonb not null,
    search           tsvector not null default ''::tsvector,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    last_verified_at timestamptz not null
);
create index service_by_area on directory.service (area_slug, id);
create index service_organization on directory.service (organization_id);
create index service_search on directory.service using gin (search);
create index service_updated on directory.service (updated_at);

create table directory.location (
    id              text primary key,
    organization_id text,
    area_slug       text not null,
    name            text,
    postcode        text,
    latitude        double precision,
    longitude       double precision,
    document        jsonb not null,
    updated_at      timestamptz not null
);
create index location_coordinates on directory.location (latitude, longitude);

create table directory.service_at_location (
    id          text primary key,
    service_id  text not null references directory.service (id),
    location_id text references directory.location (id),
    document    jsonb not null,
    updated_at  timestamptz not null
);
create index service_at_location_service on directory.service_at_location (service_id);
create index service_at_location_location on directory.service_at_location (location_id);

-- Taxonomy terms linked to services (HSDS attributes whose link_entity is service).
create table directory.service_term (
    service_id text not null references directory.service (id),
    term_id    text not null,
    primary key (service_id, term_id)
);
create index service_term_term on directory.service_term (term_id, service_id);

-- Weekly opening hours derived from the service's schedules: day 1 = Monday ... 7 = Sunday.
create table directory.opening (
    service_id text not null references directory.service (id),
    day        smallint not null check (day between 1 and 7),
    opens_at   time,
    closes_at  time
);
create index opening_service on directory.opening (service_id);
create index opening_day on directory.opening (day, service_id);

-- HSDS metadata: the change log of every record, as the API publishes it.
create table directory.metadata (
    id                text primary key,
    resource_id       text not null,
    resource_type     text not null,
    last_action_date  timestamptz not null,
    last_action_type  text not null,
    field_name        text not null,
    previous_value    text not null,
    replacement_value text not null,
    updated_by        text not null
);
create index metadata_resource on directory.metadata (resource_id, last_action_date);

-- Postcodes to places (ONS Postcode Directory / Code-Point Open), normalised without spaces.
create table directory.postcode (
    postcode  text primary key,
    latitude  double precision not null,
    longitude double precision not null
);
