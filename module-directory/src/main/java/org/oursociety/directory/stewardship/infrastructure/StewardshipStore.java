package org.oursociety.directory.stewardship.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.oursociety.directory.listing.infrastructure.HsdsStore;

/**
 * Editors, claims, suggestions and reports, with plain JDBC on {@code jdbc/portal} in the caller's
 * transaction. Decisions lock their row ({@code for update}) so two admins deciding at once are serialised.
 */
public class StewardshipStore {

    /** An organisation as the rules need it. */
    public record Organization(String id, String name, String areaSlug, Instant lastVerified, Instant remindedAt) {
    }

    public record Claim(UUID id, String organizationId, String organizationName, UUID userId, String message,
                        String status, Instant createdAt) {
    }

    public record Suggestion(UUID id, String recordType, String recordId, String organizationId, UUID userId,
                             JsonNode changes, String status, Instant createdAt) {
    }

    public record Report(UUID id, String recordType, String recordId, String organizationId, String reason,
                         String details, Instant createdAt) {
    }

    private final DataSource dataSource;

    public StewardshipStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Organization> organization(String id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select id, name, area_slug, last_verified_at, reminded_at from directory.organization where id = ?")) {
            s.setString(1, id);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(organization(row)) : Optional.empty();
            }
        }
    }

    /** The organisation a service belongs to. */
    public Optional<String> organizationOfService(String serviceId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select organization_id from directory.service where id = ?")) {
            s.setString(1, serviceId);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
            }
        }
    }

    public boolean isEditor(String organizationId, UUID userId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select 1 from directory.editor where organization_id = ? and user_id = ?")) {
            s.setString(1, organizationId);
            s.setObject(2, userId);
            try (ResultSet row = s.executeQuery()) {
                return row.next();
            }
        }
    }

    /** Adds an editor; false when they were one already. */
    public boolean addEditor(String organizationId, UUID userId, UUID addedBy, Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into directory.editor (organization_id, user_id, added_by, added_at) values (?, ?, ?, ?)"
                        + " on conflict do nothing")) {
            s.setString(1, organizationId);
            s.setObject(2, userId);
            s.setObject(3, addedBy);
            s.setObject(4, utc(now));
            return s.executeUpdate() == 1;
        }
    }

    public List<UUID> editors(String organizationId) throws SQLException {
        List<UUID> editors = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select user_id from directory.editor where organization_id = ? order by added_at")) {
            s.setString(1, organizationId);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    editors.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return editors;
    }

    /** The organisations this member edits, by name. */
    public List<Organization> editedBy(UUID userId) throws SQLException {
        List<Organization> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                select o.id, o.name, o.area_slug, o.last_verified_at, o.reminded_at from directory.editor e
                join directory.organization o on o.id = e.organization_id where e.user_id = ? order by o.name""")) {
            s.setObject(1, userId);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add(organization(rows));
                }
            }
        }
        return found;
    }

    /** A pending claim; empty when the member has one open for that organisation already. */
    public Optional<UUID> claim(String organizationId, UUID userId, String message, Instant now) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into directory.claim (id, organization_id, user_id, message, status, created_at)"
                        + " values (?, ?, ?, ?, 'pending', ?) on conflict do nothing")) {
            s.setObject(1, id);
            s.setString(2, organizationId);
            s.setObject(3, userId);
            s.setString(4, message);
            s.setObject(5, utc(now));
            return s.executeUpdate() == 1 ? Optional.of(id) : Optional.empty();
        }
    }

    public Optional<Claim> lockClaim(UUID id) throws SQLException {
        List<Claim> found = claims("c.id = ? for update of c", id);
        return found.stream().findFirst();
    }

    public List<Claim> pendingClaims(List<String> areas) throws SQLException {
        return claims("c.status = 'pending' and o.area_slug = any(?) order by c.created_at", areas);
    }

    public List<Claim> claimsOf(UUID userId) throws SQLException {
        return claims("c.user_id = ? order by c.created_at", userId);
    }

    public void decideClaim(UUID id, boolean approve, UUID by, Instant now) throws SQLException {
        decide("directory.claim", id, approve, by, now);
    }

    public UUID suggest(String recordType, String recordId, String organizationId, UUID userId, JsonNode changes,
                        Instant now) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into directory.suggestion (id, record_type, record_id, organization_id, user_id, changes,"
                        + " status, created_at) values (?, ?, ?, ?, ?, cast(? as jsonb), 'pending', ?)")) {
            s.setObject(1, id);
            s.setString(2, recordType);
            s.setString(3, recordId);
            s.setString(4, organizationId);
            s.setObject(5, userId);
            s.setString(6, changes.toString());
            s.setObject(7, utc(now));
            s.executeUpdate();
        }
        return id;
    }

    public Optional<Suggestion> lockSuggestion(UUID id) throws SQLException {
        return suggestions("id = ? for update", id).stream().findFirst();
    }

    public List<Suggestion> pendingSuggestions(String organizationId) throws SQLException {
        return suggestions("organization_id = ? and status = 'pending' order by created_at", organizationId);
    }

    public List<Suggestion> pendingSuggestionsIn(List<String> areas) throws SQLException {
        return suggestions("status = 'pending' and organization_id in (select id from directory.organization"
                + " where area_slug = any(?)) order by created_at", areas);
    }

    public List<Suggestion> suggestionsBy(UUID userId) throws SQLException {
        return suggestions("user_id = ? order by created_at", userId);
    }

    public void decideSuggestion(UUID id, boolean approve, UUID by, Instant now) throws SQLException {
        decide("directory.suggestion", id, approve, by, now);
    }

    public UUID report(String recordType, String recordId, String organizationId, String area, String reason,
                       String details, UUID userId, Instant now) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into directory.report (id, record_type, record_id, organization_id, area_slug, reason, details,"
                        + " user_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, id);
            s.setString(2, recordType);
            s.setString(3, recordId);
            s.setString(4, organizationId);
            s.setString(5, area);
            s.setString(6, reason);
            s.setString(7, details);
            s.setObject(8, userId);
            s.setObject(9, utc(now));
            s.executeUpdate();
        }
        return id;
    }

    public List<Report> reportsIn(List<String> areas) throws SQLException {
        List<Report> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select id, record_type, record_id, organization_id, reason, details, created_at from directory.report"
                        + " where area_slug = any(?) order by created_at desc limit 200")) {
            s.setArray(1, c.createArrayOf("text", areas.toArray()));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add(new Report(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), instant(rows, 7)));
                }
            }
        }
        return found;
    }

    public List<Report> reportsBy(UUID userId) throws SQLException {
        List<Report> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select id, record_type, record_id, organization_id, reason, details, created_at from directory.report"
                        + " where user_id = ? order by created_at")) {
            s.setObject(1, userId);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add(new Report(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), instant(rows, 7)));
                }
            }
        }
        return found;
    }

    /** Marks an organisation and its services checked now; the next reminder waits for the next due date. */
    public void verified(String organizationId, Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "update directory.organization set last_verified_at = ?, reminded_at = null where id = ?")) {
                s.setObject(1, utc(now));
                s.setString(2, organizationId);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "update directory.service set last_verified_at = ? where organization_id = ?")) {
                s.setObject(1, utc(now));
                s.setString(2, organizationId);
                s.executeUpdate();
            }
        }
    }

    /**
     * Organisations last checked before {@code dueBefore} whose editors have not been reminded since, locked
     * and skipped by any other instance doing the same ({@code skip locked}).
     */
    public List<Organization> dueForReminder(Instant dueBefore, int limit) throws SQLException {
        List<Organization> due = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                select id, name, area_slug, last_verified_at, reminded_at from directory.organization
                where last_verified_at < ? and reminded_at is null and status <> 'defunct'
                order by last_verified_at limit ? for update skip locked""")) {
            s.setObject(1, utc(dueBefore));
            s.setInt(2, limit);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    due.add(organization(rows));
                }
            }
        }
        return due;
    }

    public void reminded(String organizationId, Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update directory.organization set reminded_at = ? where id = ?")) {
            s.setObject(1, utc(now));
            s.setString(2, organizationId);
            s.executeUpdate();
        }
    }

    private List<Claim> claims(String where, Object param) throws SQLException {
        List<Claim> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select c.id, c.organization_id, o.name, c.user_id, c.message, c.status, c.created_at"
                        + " from directory.claim c join directory.organization o on o.id = c.organization_id where " + where)) {
            bind(c, s, param);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add(new Claim(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            rows.getObject(4, UUID.class), rows.getString(5), rows.getString(6), instant(rows, 7)));
                }
            }
        }
        return found;
    }

    private List<Suggestion> suggestions(String where, Object param) throws SQLException {
        List<Suggestion> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select id, record_type, record_id, organization_id, user_id, changes, status, created_at"
                        + " from directory.suggestion where " + where)) {
            bind(c, s, param);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add(new Suggestion(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getObject(5, UUID.class),
                            HsdsStore.JSON.readTree(rows.getString(6)), rows.getString(7), instant(rows, 8)));
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new SQLException("A stored suggestion is not JSON", e);
            }
        }
        return found;
    }

    private void decide(String table, UUID id, boolean approve, UUID by, Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update " + table + " set status = ?, decided_at = ?, decided_by = ? where id = ? and status = 'pending'")) {
            s.setString(1, approve ? "approved" : "rejected");
            s.setObject(2, utc(now));
            s.setObject(3, by);
            s.setObject(4, id);
            s.executeUpdate();
        }
    }

    private static void bind(Connection c, PreparedStatement s, Object param) throws SQLException {
        if (param instanceof List<?> list) {
            s.setArray(1, c.createArrayOf("text", list.toArray()));
        } else {
            s.setObject(1, param);
        }
    }

    private static Organization organization(ResultSet row) throws SQLException {
        return new Organization(row.getString(1), row.getString(2), row.getString(3), instant(row, 4), instant(row, 5));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
