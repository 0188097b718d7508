-- Searching services faster still (issue 11: p99 under 30 ms at 16 connections).

-- 1. Words and category from one GIN index. With two (service_search, service_terms) PostgreSQL built a
--    bitmap of every service having the word and another of every service in the category, then ANDed them:
--    for a common word and a big category that was thousands of bitmap entries for some fifty services, and
--    filling those bitmaps was a quarter of a search's PostgreSQL time. One index over the words and the
--    category ids (each id a lexeme of its own) lets GIN intersect the two posting lists before anything
--    reaches a bitmap. A category id cannot be mistaken for a word: the English configuration never makes a
--    lexeme of 36 characters with hyphens from what a resident types, short of typing the id itself.
create index service_words_and_terms on directory.service
    using gin ((search || array_to_tsvector(term_ids)));
drop index directory.service_search;
drop index directory.service_terms;

-- 2. A record's one-to-one fields (its own scalar fields, without nested arrays and objects) as JSON text, the
--    shape the HSDS API lists services and their organisations in. Written by PostgreSQL whenever the document
--    changes, whoever changes it; a list then sends this text as it is, instead of reading each document
--    into objects only to write part of it out again (a third of the portal's time on a search).
create function directory.one_to_one(document jsonb) returns text
    language sql immutable strict parallel safe
as $$
    select coalesce(jsonb_object_agg(key, value), '{}'::jsonb)::text
    from jsonb_each(document)
    where jsonb_typeof(value) not in ('object', 'array')
$$;
alter table directory.service
    add column listing text generated always as (directory.one_to_one(document)) stored;
alter table directory.organization
    add column listing text generated always as (directory.one_to_one(document)) stored;
