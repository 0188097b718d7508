package org.oursociety.portal.api.privacy;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Who wrote something, for any WAR that shows content by user id. Content stays when its author
 * deletes their account; the account row stays as a tombstone without personal data, and this
 * lookup names it "former member" ({@link #FORMER_MEMBER} is the key for the page's own bundle, so
 * the words follow the reader's language).
 *
 * <p>Modules learn of deletions by reading, not by being told: a module that keeps personal data of
 * its own (not just the author's id) erases it for the ids {@link #deletedSince} returns, e.g. from a
 * periodic task. Nothing is lost if a module is down when the account is deleted.
 */
public class MemberNames {

    /** Shown instead of a deleted account's name; a bundle key in portal-api's Messages. */
    public static final String FORMER_MEMBER = "member.former";

    private final DataSource dataSource;

    public MemberNames(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Display names by user id. A deleted account maps to {@code null} (show "former member");
     * an id that never existed is absent.
     */
    public Map<UUID, String> displayNames(Collection<UUID> ids) throws SQLException {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "select id, case when deleted_at is null then display_name end from core.user_account where id = any (?)")) {
            Array array = c.createArrayOf("uuid", ids.toArray());
            select.setArray(1, array);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.put(rows.getObject(1, UUID.class), rows.getString(2));
                }
            }
        }
        return names;
    }

    /** Accounts deleted at or after {@code since}, oldest first. */
    public List<UUID> deletedSince(Instant since) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "select id from core.user_account where deleted_at >= ? order by deleted_at")) {
            select.setObject(1, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    /** The id of the account with this address (compared ignoring case), if there is one: for demo data and imports. */
    public java.util.Optional<UUID> idOf(String email) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("select id from core.user_account where lower(email) = lower(?)")) {
            select.setString(1, email);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? java.util.Optional.of(row.getObject(1, UUID.class)) : java.util.Optional.empty();
            }
        }
    }
}
