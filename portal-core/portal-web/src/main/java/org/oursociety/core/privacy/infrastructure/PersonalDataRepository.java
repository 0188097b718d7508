package org.oursociety.core.privacy.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.oursociety.core.privacy.domain.Erasure;
import org.oursociety.core.privacy.domain.MailRecord;
import org.oursociety.core.privacy.domain.ResidenceRecord;
import org.oursociety.core.privacy.domain.SessionRecord;

/**
 * Reads and erases a resident's personal data in the core schema, with plain JDBC.
 *
 * <p>The account row is read and erased by what the table holds at run time, not by a list of
 * columns written today: a profile column added by a later migration is exported, and erased if it
 * is nullable, without anyone having to remember this class. Only the columns named here are kept.
 */
@ApplicationScoped
public class PersonalDataRepository {

    /** Never exported: secrets and bookkeeping. Columns whose name mentions a hash, token or secret are left out too. */
    static final Set<String> NOT_EXPORTED = Set.of("password_hash", "version");
    /** Kept on erasure although nullable: what the tombstone needs. */
    static final Set<String> KEPT = Set.of("id", "created_at", "deleted_at");

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    /** For CDI. */
    public PersonalDataRepository() {
    }

    /** Outside the container (tests). */
    public PersonalDataRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The live account's columns by name, secrets left out; empty if there is no live account. */
    public Optional<Map<String, Object>> account(UUID userId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "select * from core.user_account where id = ? and deleted_at is null")) {
            select.setObject(1, userId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                ResultSetMetaData meta = row.getMetaData();
                Map<String, Object> account = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String column = meta.getColumnName(i);
                    if (isExported(column)) {
                        account.put(column, plain(row.getObject(i)));
                    }
                }
                return Optional.of(account);
            }
        }
    }

    public List<SessionRecord> sessions(UUID userId) throws SQLException {
        List<SessionRecord> sessions = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("""
                     select created_at, expires_at, revoked_at from core.user_session
                     where user_id = ? order by created_at desc""")) {
            select.setObject(1, userId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sessions.add(new SessionRecord(instant(rows, 1), instant(rows, 2), instant(rows, 3)));
                }
            }
        }
        return sessions;
    }

    /** Mails in the outbox addressed to this email, newest first. */
    public List<MailRecord> mails(String email) throws SQLException {
        List<MailRecord> mails = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("""
                     select subject, kind, created_at, sent_at from core.mail_outbox
                     where lower(recipient) = lower(?) order by created_at desc""")) {
            select.setString(1, email);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    mails.add(new MailRecord(rows.getString(1), rows.getString(2), instant(rows, 3), instant(rows, 4)));
                }
            }
        }
        return mails;
    }

    /** Residence claims, by area type. */
    public List<ResidenceRecord> residence(UUID userId) throws SQLException {
        List<ResidenceRecord> claims = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("""
                     select a.slug, a.name, r.postcode, r.status, r.method, r.claimed_at, r.decided_at
                     from core.residence r join core.area a on a.id = r.area_id
                     where r.user_id = ? order by r.area_type""")) {
            select.setObject(1, userId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    claims.add(new ResidenceRecord(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), instant(rows, 6), instant(rows, 7)));
                }
            }
        }
        return claims;
    }

    /**
     * Erases the account in one transaction, if {@code passwordMatches} accepts its password hash:
     * every session revoked, every mail to its address dropped from the outbox, its residence claims
     * deleted and the voting codes it used unlinked, and the row turned
     * into a tombstone (personal columns null, no admin right, {@code deleted_at} set). The row is
     * locked while the password is checked, so two deletions cannot both run.
     */
    public Erasure erase(UUID userId, Predicate<String> passwordMatches) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Erasure outcome = erase(c, userId, passwordMatches);
                if (outcome == Erasure.ERASED) {
                    c.commit();
                } else {
                    c.rollback();
                }
                return outcome;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private Erasure erase(Connection c, UUID userId, Predicate<String> passwordMatches) throws SQLException {
        String email;
        try (PreparedStatement lock = c.prepareStatement(
                "select email, password_hash from core.user_account where id = ? and deleted_at is null for update")) {
            lock.setObject(1, userId);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    return Erasure.NO_ACCOUNT;
                }
                email = row.getString(1);
                if (!passwordMatches.test(row.getString(2))) {
                    return Erasure.WRONG_PASSWORD;
                }
            }
        }
        update(c, "update core.user_session set revoked_at = now() where user_id = ? and revoked_at is null", userId);
        // A pending email-change link must not write an address back onto the tombstone, nor a reset revive it.
        update(c, "delete from core.account_token where user_id = ?", userId);
        // Sent mails go too: the outbox is a queue with a short memory, not an archive of what a former member received.
        update(c, "delete from core.mail_outbox where lower(recipient) = lower(?)", email);
        // Where they live is personal data: the claims go, and the codes they used no longer name them.
        update(c, "delete from core.residence where user_id = ?", userId);
        update(c, "update core.residence_code set used_by = null where used_by = ?", userId);
        update(c, "update core.user_account set " + erasedColumns(c)
                + " platform_admin = false, deleted_at = now(), version = version + 1 where id = ?", userId);
        return Erasure.ERASED;
    }

    /** {@code "a" = null, "b" = null,} for every nullable column of user_account but the kept ones. */
    private static String erasedColumns(Connection c) throws SQLException {
        StringBuilder sql = new StringBuilder();
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("""
                select column_name from information_schema.columns
                where table_schema = 'core' and table_name = 'user_account' and is_nullable = 'YES'
                order by ordinal_position""")) {
            while (rows.next()) {
                String column = rows.getString(1);
                if (!KEPT.contains(column)) {
                    sql.append('"').append(column.replace("\"", "\"\"")).append("\" = null, ");
                }
            }
        }
        return sql.toString();
    }

    static boolean isExported(String column) {
        String name = column.toLowerCase(Locale.ROOT);
        return !NOT_EXPORTED.contains(name) && !name.contains("hash") && !name.contains("token") && !name.contains("secret");
    }

    /** JDBC values as JSON-friendly Java: instants, strings, numbers, booleans. */
    static Object plain(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return value.toString();
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        Timestamp value = rows.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static void update(Connection c, String sql, Object value) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setObject(1, value);
            statement.executeUpdate();
        }
    }
}
