package org.oursociety.directory.exchange.infrastructure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Wants, offers, their conversations and links between organisations; plain JDBC in the caller's transaction. */
public class ExchangeStore {

    public record Post(UUID id, String organizationId, String organizationName, String areaSlug, String kind,
                       String category, String title, String bodyHtml, LocalDate endsOn, Instant createdAt) {
    }

    public record MessageRow(UUID id, UUID postId, UUID replierId, UUID authorId, String bodyHtml, Instant createdAt) {
    }

    public record Link(String fromId, String fromName, String toId, String toName, String kind) {
    }

    private static final String POST_COLUMNS = "p.id, p.organization_id, o.name, o.area_slug, p.kind, p.category, p.title,"
            + " p.body_html, p.ends_on, p.created_at";

    private final DataSource dataSource;

    public ExchangeStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void post(UUID id, String organizationId, String kind, String category, String title, String source,
                     String html, LocalDate endsOn, UUID by, Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into directory.exchange_post (id, organization_id, kind, category, title, body_source, body_html,"
                        + " ends_on, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, id);
            s.setString(2, organizationId);
            s.setString(3, kind);
            s.setString(4, category);
            s.setString(5, title);
            s.setString(6, source);
            s.setString(7, html);
            s.setDate(8, Date.valueOf(endsOn));
            s.setObject(9, by);
            s.setObject(10, now.atOffset(ZoneOffset.UTC));
            s.executeUpdate();
        }
    }

    public Optional<Post> post(UUID id) throws SQLException {
        return posts("p.id = ?", List.of(id), 1).stream().findFirst();
    }

    /** Open posts (not closed, not ended) of the areas, newest first. */
    public List<Post> open(List<String> areas, LocalDate today, int limit) throws SQLException {
        return posts("p.closed_at is null and p.ends_on >= ? and o.area_slug = any(?) order by p.created_at desc",
                List.of(today, areas), limit);
    }

    public List<Post> openOf(String organizationId, LocalDate today) throws SQLException {
        return posts("p.closed_at is null and p.ends_on >= ? and p.organization_id = ? order by p.created_at desc",
                List.of(today, organizationId), 50);
    }

    public void close(UUID id, Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update directory.exchange_post set closed_at = ? where id = ? and closed_at is null")) {
            s.setObject(1, now.atOffset(ZoneOffset.UTC));
            s.setObject(2, id);
            s.executeUpdate();
        }
    }

    public void message(UUID postId, UUID replierId, UUID authorId, String source, String html, Instant now)
            throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into directory.exchange_message (id, post_id, replier_id, author_id, body_source, body_html,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, postId);
            s.setObject(3, replierId);
            s.setObject(4, authorId);
            s.setString(5, source);
            s.setString(6, html);
            s.setObject(7, now.atOffset(ZoneOffset.UTC));
            s.executeUpdate();
        }
    }

    /** A post's messages: every conversation (replierId null) or one replier's. */
    public List<MessageRow> messages(UUID postId, UUID replierId) throws SQLException {
        List<MessageRow> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select id, post_id, replier_id, author_id, body_html, created_at from directory.exchange_message"
                        + " where post_id = ?" + (replierId == null ? "" : " and replier_id = ?")
                        + " order by replier_id, created_at, id")) {
            s.setObject(1, postId);
            if (replierId != null) {
                s.setObject(2, replierId);
            }
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add(new MessageRow(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                            rows.getObject(3, UUID.class), rows.getObject(4, UUID.class), rows.getString(5),
                            rows.getObject(6, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return found;
    }

    public List<MessageRow> messagesBy(UUID authorId) throws SQLException {
        List<MessageRow> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select id, post_id, replier_id, author_id, body_source, created_at from directory.exchange_message"
                        + " where author_id = ? order by created_at")) {
            s.setObject(1, authorId);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add(new MessageRow(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                            rows.getObject(3, UUID.class), rows.getObject(4, UUID.class), rows.getString(5),
                            rows.getObject(6, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return found;
    }

    /** Adds a link; false when it was there already. */
    public boolean link(String fromId, String toId, String kind, UUID by, Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into directory.organization_link (from_id, to_id, kind, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?) on conflict do nothing")) {
            s.setString(1, fromId);
            s.setString(2, toId);
            s.setString(3, kind);
            s.setObject(4, by);
            s.setObject(5, now.atOffset(ZoneOffset.UTC));
            return s.executeUpdate() == 1;
        }
    }

    /** Links from and to an organisation. */
    public List<Link> linksOf(String organizationId) throws SQLException {
        List<Link> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                select l.from_id, f.name, l.to_id, t.name, l.kind from directory.organization_link l
                join directory.organization f on f.id = l.from_id join directory.organization t on t.id = l.to_id
                where (l.from_id = ? or l.to_id = ?) and f.status = 'active' and t.status = 'active'
                order by l.kind, f.name, t.name""")) {
            s.setString(1, organizationId);
            s.setString(2, organizationId);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add(new Link(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5)));
                }
            }
        }
        return found;
    }

    private List<Post> posts(String where, List<Object> params, int limit) throws SQLException {
        List<Post> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select " + POST_COLUMNS + " from directory.exchange_post p join directory.organization o"
                        + " on o.id = p.organization_id where " + where + " limit " + limit)) {
            int i = 1;
            for (Object p : params) {
                if (p instanceof List<?> list) {
                    s.setArray(i++, c.createArrayOf("text", list.toArray()));
                } else if (p instanceof LocalDate date) {
                    s.setDate(i++, Date.valueOf(date));
                } else {
                    s.setObject(i++, p);
                }
            }
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add(new Post(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                            rows.getDate(9).toLocalDate(), rows.getObject(10, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return found;
    }
}
