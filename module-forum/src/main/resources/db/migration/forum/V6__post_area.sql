-- The area of each post, copied from its topic (topics never change area), so a search filters a word's matches
-- by area without joining every match to its topic: with a word in thousands of posts that join was most of a
-- search's time. Written with the post (TopicStore.insertPost reads it from the topic in the same statement).
alter table forum.post add column area_slug text;
update forum.post p set area_slug = t.area_slug from forum.topic t where t.id = p.topic_id;
alter table forum.post alter column area_slug set not null;
