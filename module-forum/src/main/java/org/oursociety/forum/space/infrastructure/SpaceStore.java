package org.oursociety.forum.space.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.oursociety.forum.platform.Jdbc;
import org.oursociety.forum.space.domain.Category;
import org.oursociety.forum.space.domain.SpaceSettings;
import org.oursociety.portal.api.cache.Remembered;

/** {@code forum.space} and {@code forum.category}. */
public class SpaceStore {

    /** The name of the cache of spaces' settings ({@code Remembered}, keyed by area slug). */
    public static final String CACHE = "forum.space";
    /** The name of the caches of lists (categories with their counts, latest topics): any write changes them. */
    public static final String LISTS_CACHE = "forum.lists";
    /** Topics' pages show their category's name: a renamed category changes them ({@code TopicStore.CACHE}). */
    private static final String TOPICS_CACHE = "forum.topic";

    private static final String CATEGORY = """
            select c.id, c.area_slug, c.name, c.description, c.position, c.archived_at is not null as archived,
                   coalesce(s.topics, 0) as topics, coalesce(s.posts, 0) as posts, s.latest
            from forum.category c
            left join lateral (select count(*) as topics, sum(t.post_count) as posts, max(t.last_post_at) as latest
                               from forum.topic t where t.category_id = c.id) s on true
            """;

    private final Jdbc jdbc;

    public SpaceStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /**
     * The area's space, created with its "General" category on first use. Two first uses at once both
     * insert with {@code on conflict do nothing}, so there is one space and one General.
     */
    public SpaceSettings ensure(String areaSlug, Instant now) {
        Optional<SpaceSettings> found = settings(areaSlug);
        if (found.isPresent()) {
            return found.get();
        }
        if (jdbc.update("insert into forum.space (area_slug, created_at) values (?, ?) on conflict do nothing",
                areaSlug, now) == 1) {
            jdbc.update("insert into forum.category (id, area_slug, name, description, position, created_at)"
                    + " values (?, ?, ?, '', 0, ?) on conflict do nothing", UUID.randomUUID(), areaSlug,
                    Category.GENERAL, now);
            Remembered.changed(LISTS_CACHE, "");
        }
        return settings(areaSlug).orElseThrow();
    }

    public Optional<SpaceSettings> settings(String areaSlug) {
        return jdbc.one("select area_slug, read_policy, post_policy, flag_threshold from forum.space where area_slug = ?",
                r -> new SpaceSettings(r.getString(1), r.getString(2), r.getString(3), r.getInt(4)), areaSlug);
    }

    public void saveSettings(SpaceSettings settings) {
        Remembered.changed(CACHE, settings.areaSlug());
        jdbc.update("update forum.space set read_policy = ?, post_policy = ?, flag_threshold = ? where area_slug = ?",
                settings.readPolicy(), settings.postPolicy(), settings.flagThreshold(), settings.areaSlug());
    }

    public List<Category> categories(String areaSlug, boolean withArchived) {
        return jdbc.list(CATEGORY + " where c.area_slug = ?" + (withArchived ? "" : " and c.archived_at is null")
                + " order by c.position, lower(c.name)", SpaceStore::category, areaSlug);
    }

    public Optional<Category> category(UUID id) {
        return jdbc.one(CATEGORY + " where c.id = ?", SpaceStore::category, id);
    }

    public Optional<Category> general(String areaSlug) {
        return jdbc.one(CATEGORY + " where c.area_slug = ? and c.archived_at is null order by c.position, c.created_at"
                + " limit 1", SpaceStore::category, areaSlug);
    }

    public void insertCategory(UUID id, String areaSlug, String name, String description, Instant now) {
        jdbc.update("insert into forum.category (id, area_slug, name, description, position, created_at)"
                + " values (?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from forum.category where area_slug = ?), ?)",
                id, areaSlug, name, description, areaSlug, now);
        Remembered.changed(LISTS_CACHE, "");
    }

    public void updateCategory(UUID id, String name, String description, int position, boolean archived, Instant now) {
        jdbc.update("update forum.category set name = ?, description = ?, position = ?,"
                + " archived_at = case when ? then coalesce(archived_at, ?) else null end where id = ?",
                name, description, position, archived, now, id);
        Remembered.changed(TOPICS_CACHE, "");
        Remembered.changed(LISTS_CACHE, "");
    }

    /** Until when the member may not post in the area, if they are silenced there now. */
    public Optional<Instant> silencedUntil(String areaSlug, UUID userId, Instant now) {
        return jdbc.one("select until from forum.silence where area_slug = ? and user_id = ? and until > ?",
                r -> Jdbc.instant(r, "until"), areaSlug, userId, now);
    }

    public void silence(String areaSlug, UUID userId, Instant until, String reason, UUID by, Instant now) {
        jdbc.update("insert into forum.silence (area_slug, user_id, until, reason, created_by, created_at)"
                + " values (?, ?, ?, ?, ?, ?) on conflict (area_slug, user_id) do update set until = excluded.until,"
                + " reason = excluded.reason, created_by = excluded.created_by, created_at = excluded.created_at",
                areaSlug, userId, until, reason, by, now);
    }

    private static Category category(java.sql.ResultSet r) throws java.sql.SQLException {
        return new Category(r.getObject("id", UUID.class), r.getString("area_slug"), r.getString("name"),
                r.getString("description"), r.getInt("position"), r.getBoolean("archived"), r.getLong("topics"),
                r.getLong("posts"), Jdbc.instant(r, "latest"));
    }
}
