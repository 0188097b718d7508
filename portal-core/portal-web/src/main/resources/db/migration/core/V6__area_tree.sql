-- Areas at any depth, with a type, a description, postcodes for residence checks, and archiving.

alter table area rename column level to type;
alter table area drop constraint area_level_check;
alter table area add constraint area_type_check
    check (type in ('authority', 'district', 'ward', 'neighbourhood', 'other'));
alter table area drop constraint area_root_is_authority;
alter table area add constraint area_root_is_authority check ((parent_id is null) = (type = 'authority'));
alter table area add constraint area_slug_length check (length(slug) <= 60);
alter table area add column description text not null default '';
alter table area add column archived_at timestamptz;
alter table area add column version bigint not null default 0;

-- Postcodes (CF10 1AA) and postcode districts (CF10) that belong to an area, normalised.
create table area_postcode (
    area_id  uuid not null references area (id) on delete cascade,
    postcode text not null check (postcode ~ '^[A-Z]{1,2}[0-9][A-Z0-9]?( [0-9][A-Z]{2})?$'),
    primary key (area_id, postcode)
);
create index area_postcode_lookup on area_postcode (postcode);
