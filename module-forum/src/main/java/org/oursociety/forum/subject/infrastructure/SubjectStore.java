package org.oursociety.forum.subject.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.oursociety.forum.platform.Jdbc;

/**
 * Topics about another module's item. One topic per (module, item) is the partial unique index
 * {@code topic_subject}: the insert is {@code on conflict do nothing}, so a retried or concurrent ask
 * makes exactly one topic and every asker then reads that one.
 */
public class SubjectStore {

    /** A topic about an item: where it is and how long it is. */
    public record SubjectTopic(UUID topicId, String areaSlug, String title, int posts, String module, String itemId,
                               String itemHref) {
    }

    /** A recent visible reply of a topic (not the first post, which is the item's own summary), as another module shows it. */
    public record RecentPost(UUID postId, int number, UUID authorId, String text, Instant createdAt) {
    }

    /** A topic with a visible post that links to an address. */
    public record Mention(UUID topicId, String title, Instant lastPostAt, int posts) {
    }

    private static final String SUBJECT = "select id, area_slug, title, post_count, subject_module, subject_id,"
            + " subject_href from forum.topic ";

    private final Jdbc jdbc;

    public SubjectStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public Optional<SubjectTopic> find(String module, String itemId) {
        return jdbc.one(SUBJECT + "where subject_module = ? and subject_id = ?", SubjectStore::subject, module, itemId);
    }

    public Optional<SubjectTopic> ofTopic(UUID topicId) {
        return jdbc.one(SUBJECT + "where id = ? and subject_module is not null", SubjectStore::subject, topicId);
    }

    /** True when this call made the topic; false when one about the item existed (or a concurrent call made it). */
    public boolean insert(UUID id, String areaSlug, UUID categoryId, String title, UUID authorId, String module,
                          String itemId, String itemHref, Instant now) {
        return jdbc.update("insert into forum.topic (id, area_slug, category_id, title, author_id, created_at,"
                + " last_post_at, subject_module, subject_id, subject_href) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (subject_module, subject_id) where subject_module is not null do nothing",
                id, areaSlug, categoryId, title, authorId, now, now, module, itemId, itemHref) == 1;
    }

    public List<RecentPost> latestPosts(UUID topicId, int limit) {
        return jdbc.list("select id, number, author_id, body_text, created_at from forum.post where topic_id = ?"
                + " and number > 1 and deleted_at is null and hidden_at is null order by number desc limit ?",
                r -> new RecentPost(r.getObject(1, UUID.class), r.getInt(2), r.getObject(3, UUID.class),
                        r.getString(4), Jdbc.instant(r, "created_at")), topicId, limit);
    }

    /**
     * Topics of the area with a visible post whose text links to {@code href} (the Markdown source holds the
     * address as written). A scan of the area's posts: fine for a council's forum; a trigram index would be
     * the next step if it grows.
     */
    public List<Mention> mentioning(String areaSlug, String href, int limit) {
        return jdbc.list("select t.id, t.title, t.last_post_at, t.post_count from forum.topic t where t.area_slug = ?"
                + " and exists (select 1 from forum.post p where p.topic_id = t.id and p.deleted_at is null"
                + " and p.hidden_at is null and strpos(p.body_source, ?) > 0)"
                + " order by t.last_post_at desc limit ?",
                r -> new Mention(r.getObject(1, UUID.class), r.getString(2), Jdbc.instant(r, "last_post_at"),
                        r.getInt(4)), areaSlug, href, limit);
    }

    private static SubjectTopic subject(java.sql.ResultSet r) throws java.sql.SQLException {
        return new SubjectTopic(r.getObject("id", UUID.class), r.getString("area_slug"), r.getString("title"),
                r.getInt("post_count"), r.getString("subject_module"), r.getString("subject_id"),
                r.getString("subject_href"));
    }
}
