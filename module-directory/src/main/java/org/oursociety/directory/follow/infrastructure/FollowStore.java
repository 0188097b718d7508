package org.oursociety.directory.follow.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Followers of organisations, their news and the in-app notices (directory V8); plain JDBC in the caller's
 * transaction. News is one row per item ({@code unique (kind, item_key)}, {@code on conflict do nothing}), so a
 * repeated "new proposal" tells nobody twice.
 */
@ApplicationScoped
public class FollowStore {

    /** A follower due a mail at once. */
    public record Follower(UUID userId, String mailMode) {
    }

    /** One line of a member's in-app list. */
    public record Notice(UUID newsId, String organizationId, String organizationName, String kind, String title,
                         String href, Instant createdAt, boolean read) {
    }

    /** A member whose digest is due, with their mail mode. */
    public record DigestDue(UUID userId, String mailMode) {
    }

    @FunctionalInterface
    interface Rows<T> {
        T read(ResultSet row) throws SQLException;
    }

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    public FollowStore() {
    }

    /** For integration tests. */
    public FollowStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean follow(String organizationId, UUID userId, String mailMode, Instant now) {
        return update("insert into directory.follower (organization_id, user_id, mail_mode, followed_at) values (?, ?, ?, ?)"
                + " on conflict (organization_id, user_id) do update set mail_mode = excluded.mail_mode",
                organizationId, userId, mailMode, now) == 1;
    }

    public boolean unfollow(String organizationId, UUID userId) {
        return update("delete from directory.follower where organization_id = ? and user_id = ?", organizationId, userId) == 1;
    }

    /** Erases what the directory knows of these members' following: for deleted accounts. */
    public int forget(List<UUID> userIds) {
        if (userIds.isEmpty()) {
            return 0;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement notices = c.prepareStatement("delete from directory.follow_notice where user_id = any (?)");
             PreparedStatement follows = c.prepareStatement("delete from directory.follower where user_id = any (?)")) {
            java.sql.Array ids = c.createArrayOf("uuid", userIds.toArray());
            notices.setArray(1, ids);
            notices.executeUpdate();
            follows.setArray(1, ids);
            return follows.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Follow store: " + e.getMessage(), e);
        }
    }

    public boolean follows(String organizationId, UUID userId) {
        return !list("select 1 from directory.follower where organization_id = ? and user_id = ?", r -> 1,
                organizationId, userId).isEmpty();
    }

    public void mailMode(UUID userId, String mailMode) {
        update("update directory.follower set mail_mode = ? where user_id = ? and mail_mode <> ?", mailMode, userId, mailMode);
    }

    public List<String> followed(UUID userId) {
        return list("select organization_id from directory.follower where user_id = ? order by followed_at",
                r -> r.getString(1), userId);
    }

    /** An organisation's name and area. */
    public record Organization(String id, String name, String areaSlug) {
        public String href() {
            return "/directory/" + areaSlug + "/organization.xhtml?id=" + java.net.URLEncoder.encode(id,
                    java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    public Optional<Organization> organization(String organizationId) {
        return list("select id, name, area_slug from directory.organization where id = ?",
                r -> new Organization(r.getString(1), r.getString(2), r.getString(3)), organizationId).stream().findFirst();
    }

    /** The news's id when this call recorded it; empty when the item was told before. */
    public Optional<UUID> news(String organizationId, String kind, String itemKey, String title, String href, Instant now) {
        UUID id = UUID.randomUUID();
        return update("insert into directory.follow_news (id, organization_id, kind, item_key, title, href, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?) on conflict (kind, item_key) do nothing",
                id, organizationId, kind, itemKey, title, href, now) == 1 ? Optional.of(id) : Optional.empty();
    }

    /** A notice for every follower; those who take no mail are marked as owed none. The followers, for mailing. */
    public List<Follower> notify(UUID newsId, String organizationId, Instant now) {
        update("insert into directory.follow_notice (news_id, user_id, created_at, mailed_at)"
                + " select ?, user_id, ?, case when mail_mode = 'none' then ?::timestamptz end from directory.follower"
                + " where organization_id = ? on conflict do nothing", newsId, now, now, organizationId);
        return list("select user_id, mail_mode from directory.follower where organization_id = ?",
                r -> new Follower(r.getObject(1, UUID.class), r.getString(2)), organizationId);
    }

    public void mailed(UUID userId, List<UUID> newsIds, Instant now) {
        for (UUID newsId : newsIds) {
            update("update directory.follow_notice set mailed_at = ? where news_id = ? and user_id = ? and mailed_at is null",
                    now, newsId, userId);
        }
    }

    public List<Notice> notices(UUID userId, int limit) {
        return list("select n.news_id, w.organization_id, o.name, w.kind, w.title, w.href, n.created_at,"
                + " n.read_at is not null from directory.follow_notice n join directory.follow_news w on w.id = n.news_id"
                + " join directory.organization o on o.id = w.organization_id where n.user_id = ?"
                + " order by n.created_at desc limit ?", FollowStore::notice, userId, limit);
    }

    public List<Notice> unmailed(UUID userId) {
        return list("select n.news_id, w.organization_id, o.name, w.kind, w.title, w.href, n.created_at,"
                + " n.read_at is not null from directory.follow_notice n join directory.follow_news w on w.id = n.news_id"
                + " join directory.organization o on o.id = w.organization_id where n.user_id = ? and n.mailed_at is null"
                + " order by n.created_at", FollowStore::notice, userId);
    }

    public void markRead(UUID userId, Instant now) {
        update("update directory.follow_notice set read_at = ? where user_id = ? and read_at is null", now, userId);
    }

    /**
     * Members owed a digest: their oldest unmailed notice is older than their period (a day, a week), so a digest
     * goes at most once per period and gathers everything since. Run through
     * ClusterOnce, so two instances never mail the same member twice.
     */
    public List<DigestDue> digestsDue(Instant dailyBefore, Instant weeklyBefore, int limit) {
        return list("select distinct f.user_id, f.mail_mode from directory.follower f"
                + " where f.mail_mode in ('daily', 'weekly') and exists (select 1 from directory.follow_notice n"
                + " where n.user_id = f.user_id and n.mailed_at is null"
                + " and n.created_at < case f.mail_mode when 'daily' then ?::timestamptz else ?::timestamptz end)"
                + " limit ?", r -> new DigestDue(r.getObject(1, UUID.class), r.getString(2)),
                dailyBefore, weeklyBefore, limit);
    }

    private static Notice notice(ResultSet r) throws SQLException {
        return new Notice(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                r.getString(6), r.getObject(7, OffsetDateTime.class).toInstant(), r.getBoolean(8));
    }

    private <T> List<T> list(String sql, Rows<T> rows, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet r = s.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (r.next()) {
                    out.add(rows.read(r));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Follow store: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Follow store: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i] instanceof Instant at ? at.atOffset(ZoneOffset.UTC) : args[i]);
        }
    }
}
