package org.oursociety.forum.topic.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.oursociety.forum.platform.Jdbc;
import org.oursociety.forum.space.infrastructure.SpaceStore;
import org.oursociety.forum.topic.domain.PostView;
import org.oursociety.forum.topic.domain.TopicSummary;
import org.oursociety.portal.api.cache.Remembered;
import org.oursociety.portal.api.text.RenderedText;

/**
 * Topics, posts, their history and likes. A topic's posts are numbered 1..{@code post_count} without gaps:
 * the number comes from {@code update topic set post_count = post_count + 1 ... returning}, which also takes
 * the topic's row lock, so two replies at once get two numbers and a lock in between is seen. A page is then
 * {@code number between a and b} on the unique index: as fast on page 100 of a long topic as on page 1.
 *
 * <p>Readers' pages remember topics, pages of posts and lists for 2 seconds ({@link #CACHE}, {@code SpaceStore.LISTS_CACHE});
 * every write here says what it changed, so the next page in this WAR shows it.
 */
public class TopicStore {

    /** The name of the caches of topics and their pages ({@code Remembered}), keyed by topic id first. */
    public static final String CACHE = "forum.topic";

    private static final String TOPIC = """
            select t.id, t.area_slug, t.category_id, c.name as category_name, t.title, t.author_id, t.created_at,
                   t.last_post_at, t.post_count, t.pinned, t.locked, t.closed
            from forum.topic t join forum.category c on c.id = t.category_id
            """;
    private static final String POST = """
            select p.id, p.topic_id, p.number, p.author_id, p.reply_to, r.number as reply_to_number, p.body_source,
                   p.body_html, p.body_text, p.created_at, p.edited_at, p.deleted_at is not null as deleted,
                   p.hidden_at is not null as hidden, p.hidden_reason, p.like_count
            from forum.post p left join forum.post r on r.id = p.reply_to
            """;

    private final Jdbc jdbc;

    public TopicStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public void insertTopic(UUID id, String areaSlug, UUID categoryId, String title, UUID authorId, Instant now) {
        jdbc.update("insert into forum.topic (id, area_slug, category_id, title, author_id, created_at, last_post_at)"
                + " values (?, ?, ?, ?, ?, ?, ?)", id, areaSlug, categoryId, title, authorId, now, now);
    }

    /** The topic, its row locked until the transaction ends. */
    public Optional<TopicSummary> lock(UUID topicId) {
        jdbc.one("select id from forum.topic where id = ? for update", r -> r.getObject(1), topicId);
        return topic(topicId);
    }

    /** The next post number, counted on the topic row (locked by now). */
    public int nextNumber(UUID topicId, Instant now) {
        changed(topicId);
        return jdbc.one("update forum.topic set post_count = post_count + 1, last_post_at = ? where id = ?"
                + " returning post_count", r -> r.getInt(1), now, topicId).orElseThrow();
    }

    public void insertPost(UUID id, UUID topicId, int number, UUID authorId, UUID replyTo, RenderedText body,
                           String plain, Instant now) {
        int inserted = jdbc.update("insert into forum.post (id, topic_id, number, author_id, reply_to, body_source,"
                + " body_html, body_text, created_at, area_slug) select ?, t.id, ?, ?, ?, ?, ?, ?, ?, t.area_slug"
                + " from forum.topic t where t.id = ?",
                id, number, authorId, replyTo, body.source(), body.html(), plain, now, topicId);
        if (inserted != 1) {
            // the topic's foreign key said so before the post took its area from the topic
            throw new IllegalStateException("No topic " + topicId);
        }
        changed(topicId);
    }

    public Optional<TopicSummary> topic(UUID id) {
        return jdbc.one(TOPIC + " where t.id = ?", TopicStore::topic, id);
    }

    public List<TopicSummary> latest(String areaSlug, int limit, int offset) {
        return jdbc.list(TOPIC + " where t.area_slug = ? order by t.pinned desc, t.last_post_at desc, t.id limit ? offset ?",
                TopicStore::topic, areaSlug, limit, offset);
    }

    public long count(String areaSlug) {
        return jdbc.count("select count(*) from forum.topic where area_slug = ?", areaSlug);
    }

    public List<TopicSummary> inCategory(UUID categoryId, int limit, int offset) {
        return jdbc.list(TOPIC + " where t.category_id = ? order by t.pinned desc, t.last_post_at desc, t.id limit ? offset ?",
                TopicStore::topic, categoryId, limit, offset);
    }

    public long countInCategory(UUID categoryId) {
        return jdbc.count("select count(*) from forum.topic where category_id = ?", categoryId);
    }

    /** Posts numbered {@code from..to}, in order. */
    public List<PostView> posts(UUID topicId, int from, int to) {
        return jdbc.list(POST + " where p.topic_id = ? and p.number between ? and ? order by p.number",
                TopicStore::post, topicId, from, to);
    }

    public Optional<PostView> post(UUID id) {
        return jdbc.one(POST + " where p.id = ?", TopicStore::post, id);
    }

    /** The post, its row locked (for edits, flags and moderation of the same post at once). */
    public Optional<PostView> lockPost(UUID id) {
        jdbc.one("select id from forum.post where id = ? for update", r -> r.getObject(1), id);
        return post(id);
    }

    public List<PostView> byAuthor(UUID authorId, int limit, int offset) {
        return jdbc.list(POST + " where p.author_id = ? order by p.created_at desc limit ? offset ?",
                TopicStore::post, authorId, limit, offset);
    }

    /** Keeps the current text as a revision, then writes the new one. */
    public void edit(PostView post, RenderedText body, String plain, Instant now) {
        jdbc.update("insert into forum.post_revision (post_id, revision, body_source, body_html, replaced_at)"
                + " values (?, (select coalesce(max(revision), 0) + 1 from forum.post_revision where post_id = ?), ?, ?, ?)",
                post.id(), post.id(), post.bodySource(), post.bodyHtml(), now);
        jdbc.update("update forum.post set body_source = ?, body_html = ?, body_text = ?, edited_at = ? where id = ?",
                body.source(), body.html(), plain, now, post.id());
        changed(post.topicId());
    }

    public record Revision(int revision, String bodySource, String bodyHtml, Instant replacedAt) {
    }

    public List<Revision> revisions(UUID postId) {
        return jdbc.list("select revision, body_source, body_html, replaced_at from forum.post_revision"
                + " where post_id = ? order by revision", r -> new Revision(r.getInt(1), r.getString(2), r.getString(3),
                Jdbc.instant(r, "replaced_at")), postId);
    }

    public void markDeleted(UUID postId, Instant now) {
        jdbc.update("update forum.post set deleted_at = coalesce(deleted_at, ?) where id = ?", now, postId);
        changed(null);
    }

    public void setHidden(UUID postId, boolean hidden, String reason, Instant now) {
        jdbc.update("update forum.post set hidden_at = case when ? then coalesce(hidden_at, ?) end,"
                + " hidden_reason = case when ? then ? end where id = ?", hidden, now, hidden, reason, postId);
        changed(null);
    }

    /** @return whether this like is new (a member likes a post once, however often they click) */
    public boolean like(UUID postId, UUID userId, Instant now) {
        changed(null);
        if (jdbc.update("insert into forum.post_like (post_id, user_id, created_at) values (?, ?, ?) on conflict do nothing",
                postId, userId, now) == 0) {
            return false;
        }
        jdbc.update("update forum.post set like_count = like_count + 1 where id = ?", postId);
        return true;
    }

    public boolean unlike(UUID postId, UUID userId) {
        changed(null);
        if (jdbc.update("delete from forum.post_like where post_id = ? and user_id = ?", postId, userId) == 0) {
            return false;
        }
        jdbc.update("update forum.post set like_count = like_count - 1 where id = ?", postId);
        return true;
    }

    public List<UUID> likedBy(UUID userId, List<UUID> postIds) {
        if (postIds.isEmpty()) {
            return List.of();
        }
        return jdbc.list("select post_id from forum.post_like where user_id = ? and post_id = any (?::uuid[])",
                r -> r.getObject(1, UUID.class), userId, postIds.stream().map(UUID::toString).toArray(String[]::new));
    }

    public void setFlags(UUID topicId, Boolean pinned, Boolean locked, Boolean closed) {
        jdbc.update("update forum.topic set pinned = coalesce(?, pinned), locked = coalesce(?, locked),"
                + " closed = coalesce(?, closed) where id = ?", pinned, locked, closed, topicId);
        changed(topicId);
    }

    public void move(UUID topicId, UUID categoryId) {
        jdbc.update("update forum.topic set category_id = ? where id = ?", categoryId, topicId);
        changed(topicId);
    }

    /** Remembers how far the member has read (never backwards). */
    public void read(UUID userId, UUID topicId, int number) {
        jdbc.update("insert into forum.topic_read (user_id, topic_id, last_number) values (?, ?, ?)"
                + " on conflict (user_id, topic_id) do update set last_number = greatest(forum.topic_read.last_number,"
                + " excluded.last_number)", userId, topicId, number);
    }

    public Optional<Integer> lastRead(UUID userId, UUID topicId) {
        return jdbc.one("select last_number from forum.topic_read where user_id = ? and topic_id = ?",
                r -> r.getInt(1), userId, topicId);
    }

    /** Rate-limit bookkeeping: what the member wrote, when, and a hash of its text. */
    public void recordWrite(UUID userId, String kind, String textHash, Instant now) {
        jdbc.update("insert into forum.rate_event (user_id, kind, text_hash, created_at) values (?, ?, ?, ?)",
                userId, kind, textHash, now);
    }

    public Optional<Instant> lastWrite(UUID userId, String kind) {
        return jdbc.one("select max(created_at) as last from forum.rate_event where user_id = ? and kind = ?",
                r -> Jdbc.instant(r, "last"), userId, kind);
    }

    public long writesSince(UUID userId, String kind, Instant since) {
        return jdbc.count("select count(*) from forum.rate_event where user_id = ? and kind = ? and created_at > ?",
                userId, kind, since);
    }

    public boolean sameTextSince(UUID userId, String textHash, Instant since) {
        return jdbc.count("select count(*) from forum.rate_event where user_id = ? and text_hash = ? and created_at > ?",
                userId, textHash, since) > 0;
    }

    /** Serialises one member's writes (two tabs posting at once), so the limits count both. */
    public void lockMember(UUID userId) {
        jdbc.one("select pg_advisory_xact_lock(hashtext(?))", r -> r.getObject(1), "forum.member:" + userId);
    }

    /** Pages of this topic ({@code null}: of every topic; the post's topic is not at hand) are out of date. */
    public static void changed(UUID topicId) {
        Remembered.changed(CACHE, topicId == null ? "" : topicId.toString());
        Remembered.changed(SpaceStore.LISTS_CACHE, "");
    }

    private static TopicSummary topic(ResultSet r) throws SQLException {
        return new TopicSummary(r.getObject("id", UUID.class), r.getString("area_slug"),
                r.getObject("category_id", UUID.class), r.getString("category_name"), r.getString("title"),
                r.getObject("author_id", UUID.class), Jdbc.instant(r, "created_at"), Jdbc.instant(r, "last_post_at"),
                r.getInt("post_count"), r.getBoolean("pinned"), r.getBoolean("locked"), r.getBoolean("closed"));
    }

    private static PostView post(ResultSet r) throws SQLException {
        int replyToNumber = r.getInt("reply_to_number");
        boolean noReplyTo = r.wasNull();
        return new PostView(r.getObject("id", UUID.class), r.getObject("topic_id", UUID.class), r.getInt("number"),
                r.getObject("author_id", UUID.class), r.getObject("reply_to", UUID.class),
                noReplyTo ? null : replyToNumber, r.getString("body_source"), r.getString("body_html"),
                r.getString("body_text"), Jdbc.instant(r, "created_at"), Jdbc.instant(r, "edited_at"),
                r.getBoolean("deleted"), r.getBoolean("hidden"), r.getString("hidden_reason"), r.getInt("like_count"));
    }
}
