-- Issue 4, item 4: roles per area, and the permissions modules declare when they register.

-- Who holds which role in which area. A role reaches the areas below (an area admin of a district
-- manages its wards). Repeating a grant changes nothing (the key), so grants are idempotent.
create table area_role (
    area_id    uuid not null references area (id),
    user_id    uuid not null references user_account (id),
    role       text not null check (role in ('area-admin', 'moderator')),
    granted_at timestamptz not null default now(),
    -- no foreign key: an account can be erased while what it granted stays
    granted_by uuid,
    primary key (area_id, user_id, role)
);
create index area_role_user on area_role (user_id);

-- What a module's own permissions are given to, as it declared them at its last registration.
-- A module may only declare permissions named after itself (forum.moderate for the forum); the core's
-- own permissions (area.*, residence.*) are never read from here.
create table module_permission (
    module_id  text not null references module_registration (id) on delete cascade,
    permission text not null check (permission ~ '^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$'),
    granted_to text not null check (granted_to in ('area-admin', 'moderator', 'verified-resident')),
    primary key (module_id, permission, granted_to),
    constraint module_permission_own_name check (left(permission, length(module_id) + 1) = module_id || '.')
);
