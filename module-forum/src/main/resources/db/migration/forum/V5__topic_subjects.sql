-- Issue 12: a topic about an item of another module (a budget proposal). The item is kept as plain values
-- (module id, the item's id there, its address); one topic per item, whichever caller asks first or twice.
alter table forum.topic add column subject_module text, add column subject_id text, add column subject_href text;
alter table forum.topic add constraint topic_subject_whole
    check ((subject_module is null) = (subject_id is null) and (subject_module is null) = (subject_href is null));
create unique index topic_subject on forum.topic (subject_module, subject_id) where subject_module is not null;
