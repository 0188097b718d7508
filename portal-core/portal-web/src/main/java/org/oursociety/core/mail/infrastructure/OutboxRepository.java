package org.oursociety.core.mail.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import org.oursociety.core.mail.domain.OutboxEntry;
import org.oursociety.core.mail.domain.OutboxMail;
import org.oursociety.core.mail.domain.PendingMail;

/**
 * {@code core.mail_outbox} in plain JDBC, for the worker (which needs row locks and its own
 * transactions) and the admin page. New mails are written through JPA by {@code MailOutbox}, inside
 * the transaction of the change that causes them.
 */
@ApplicationScoped
public class OutboxRepository {

    /** Longer errors are cut: the first lines say what went wrong, the rest is stack noise. */
    static final int MAX_ERROR = 2000;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    /** For CDI. */
    public OutboxRepository() {
    }

    /** Outside the container (tests). */
    public OutboxRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A new mail, in the caller's transaction. */
    public void add(OutboxMail mail) {
        em.persist(mail);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Locks up to {@code limit} unsent mails that are due, oldest due first, in the caller's
     * transaction. {@code skip locked} passes over rows another worker holds, so several instances
     * share the work and none sends a mail another is sending.
     */
    public List<PendingMail> claimDue(Connection c, Instant now, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "select id, recipient, subject, text_body, html_body, attempts from core.mail_outbox"
                        + " where sent_at is null and next_attempt_at <= ?"
                        + " order by next_attempt_at, created_at limit ? for update skip locked")) {
            s.setObject(1, utc(now));
            s.setInt(2, limit);
            List<PendingMail> due = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    due.add(new PendingMail(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getInt(6)));
                }
            }
            return due;
        }
    }

    public void markSent(Connection c, UUID id, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "update core.mail_outbox set sent_at = ?, attempts = attempts + 1, last_error = null where id = ?")) {
            s.setObject(1, utc(now));
            s.setObject(2, id);
            s.executeUpdate();
        }
    }

    public void markFailed(Connection c, UUID id, String error, Instant nextAttempt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "update core.mail_outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?")) {
            s.setString(1, truncate(error));
            s.setObject(2, utc(nextAttempt));
            s.setObject(3, id);
            s.executeUpdate();
        }
    }

    /** The newest mails, sent or not, for the admin page. */
    public List<OutboxEntry> newest(int limit) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select id, recipient, subject, kind, created_at, attempts, next_attempt_at, sent_at, last_error"
                        + " from core.mail_outbox order by created_at desc, id limit ?")) {
            s.setInt(1, limit);
            List<OutboxEntry> entries = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    entries.add(new OutboxEntry(r.getObject(1, UUID.class), r.getString(2), r.getString(3),
                            r.getString(4), r.getObject(5, OffsetDateTime.class), r.getInt(6),
                            r.getObject(7, OffsetDateTime.class), r.getObject(8, OffsetDateTime.class), r.getString(9)));
                }
            }
            return entries;
        }
    }

    public Optional<String> textBody(UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select text_body from core.mail_outbox where id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    /** How many mails wait to be sent. */
    public long unsent() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from core.mail_outbox where sent_at is null");
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String error) {
        if (error == null) {
            return null;
        }
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
    }
}
