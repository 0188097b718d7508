-- Where each service is, on the service's own row (issue 11). A search by words or category measured each
-- candidate's distance by looking up its service-at-locations and then their locations: two index lookups a
-- candidate, and for a common word in a big category (a thousand candidates) most of the search. The
-- coordinates of a service's places are now kept beside it, in the order of its service-at-locations, places
-- without coordinates left out. Triggers keep them, so every writer does: an import, an editor, and the postcode
-- file giving coordinates to locations that had none.
alter table directory.service
    add column place_latitudes double precision[] not null default '{}',
    add column place_longitudes double precision[] not null default '{}';

create function directory.place_service(service text) returns void
    language sql
as $$
    update directory.service s
    set place_latitudes = p.latitudes, place_longitudes = p.longitudes
    from (select coalesce(array_agg(l.latitude order by sal.id), '{}') latitudes,
                 coalesce(array_agg(l.longitude order by sal.id), '{}') longitudes
          from directory.service_at_location sal
          join directory.location l on l.id = sal.location_id
          where sal.service_id = $1 and l.latitude is not null and l.longitude is not null) p
    where s.id = $1
      and (s.place_latitudes, s.place_longitudes) is distinct from (p.latitudes, p.longitudes)
$$;

-- a service-at-location added, removed, or moved to another service or location
create function directory.place_services_of_link() returns trigger
    language plpgsql
as $$
begin
    if tg_op <> 'INSERT' then
        perform directory.place_service(old.service_id);
    end if;
    if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.service_id <> old.service_id) then
        perform directory.place_service(new.service_id);
    end if;
    return null;
end
$$;
create trigger service_at_location_added_or_removed
    after insert or delete on directory.service_at_location
    for each row execute function directory.place_services_of_link();
-- an import writes every service-at-location again: only a real change moves a place
create trigger service_at_location_moved
    after update of service_id, location_id on directory.service_at_location
    for each row
    when (old.service_id is distinct from new.service_id or old.location_id is distinct from new.location_id)
    execute function directory.place_services_of_link();

-- a location given coordinates, or moved
create function directory.place_services_at_location() returns trigger
    language plpgsql
as $$
begin
    perform directory.place_service(sal.service_id)
    from directory.service_at_location sal
    where sal.location_id = new.id;
    return null;
end
$$;
create trigger location_moved
    after update of latitude, longitude on directory.location
    for each row
    when (old.latitude is distinct from new.latitude or old.longitude is distinct from new.longitude)
    execute function directory.place_services_at_location();

update directory.service s
set place_latitudes = p.latitudes, place_longitudes = p.longitudes
from (select sal.service_id, array_agg(l.latitude order by sal.id) latitudes,
             array_agg(l.longitude order by sal.id) longitudes
      from directory.service_at_location sal
      join directory.location l on l.id = sal.location_id
      where l.latitude is not null and l.longitude is not null
      group by sal.service_id) p
where s.id = p.service_id;
