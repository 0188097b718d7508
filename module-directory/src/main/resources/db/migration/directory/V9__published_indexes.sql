-- Reading published services fast (issue 11's speed targets).

-- The categories of a service beside its words, so that a search by words and category finds its few
-- services from two GIN indexes (a bitmap AND) before reading any row, instead of reading every service
-- that has the words and then looking up its categories. service_term stays the link table; this copy is
-- written with it (HsdsStore.replaceTerms).
alter table directory.service add column term_ids text[] not null default '{}';
update directory.service s set term_ids = array(select st.term_id from directory.service_term st
                                                where st.service_id = s.id order by st.term_id)
where exists (select 1 from directory.service_term st where st.service_id = s.id);
create index service_terms on directory.service using gin (term_ids);

-- The HSDS API pages through an area's published services by id and counts them; with this index both
-- read index entries only, not documents.
create index service_published on directory.service (area_slug, id) include (organization_id)
    where status = 'active' and approved;

-- Services of an organisation that is not published are left out of every list. Such organisations are
-- few, so they have an index of their own and the searches anti-join against it instead of reading every
-- service's organisation.
create index organization_unpublished on directory.organization (id)
    where not (status = 'active' and approved);
