-- Which module is on in which area. A switch reaches the areas below unless it says otherwise or
-- they have their own; where none applies, the module is off.
create table area_module (
    area_id     uuid not null references area (id),
    module_id   text not null check (module_id ~ '^[a-z][a-z0-9-]*$'),
    enabled     boolean not null,
    descendants boolean not null default true,
    changed_at  timestamptz not null default now(),
    -- no foreign key: an account can be erased while its past changes stay on record
    changed_by  uuid,
    primary key (area_id, module_id)
);

-- Each WAR touches its row every minute, so admins can see a module that stopped answering.
alter table module_registration add column last_seen_at timestamptz;
update module_registration set last_seen_at = started_at;
