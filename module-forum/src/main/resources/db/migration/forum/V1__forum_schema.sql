-- The forum's own schema; its tables arrive with the forum features.
comment on schema forum is 'Our Society forum module: discussion spaces per area';
