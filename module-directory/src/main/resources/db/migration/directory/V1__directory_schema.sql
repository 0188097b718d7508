-- The directory's own schema; its tables arrive with the directory features.
comment on schema directory is 'Our Society directory of community organisations, services and assets';
