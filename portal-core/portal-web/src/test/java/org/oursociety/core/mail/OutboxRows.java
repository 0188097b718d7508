package org.oursociety.core.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.oursociety.core.mail.domain.OutboxMail;

/**
 * Test access to {@code core.mail_outbox}. In the container {@code MailOutbox} writes rows through JPA;
 * outside it this writes the same {@link OutboxMail} column by column ({@code OutboxSchemaIT} checks
 * that the entity's columns are the table's).
 */
public final class OutboxRows {

    private final DataSource ds;

    public OutboxRows(DataSource ds) {
        this.ds = ds;
    }

    public UUID insert(OutboxMail mail) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into core.mail_outbox (id, recipient, subject, text_body, html_body, kind, created_at, attempts,"
                        + " next_attempt_at, sent_at, last_error) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, mail.id());
            s.setString(2, mail.recipient());
            s.setString(3, mail.subject());
            s.setString(4, mail.textBody());
            s.setString(5, mail.htmlBody());
            s.setString(6, mail.kind());
            s.setObject(7, utc(mail.createdAt()));
            s.setInt(8, mail.attempts());
            s.setObject(9, utc(mail.nextAttemptAt()));
            s.setObject(10, mail.sentAt() == null ? null : utc(mail.sentAt()));
            s.setString(11, mail.lastError());
            s.executeUpdate();
        }
        return mail.id();
    }

    /** One row as the worker left it. */
    public record Row(int attempts, Instant nextAttemptAt, Instant sentAt, String lastError) {
    }

    public Row row(UUID id) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "select attempts, next_attempt_at, sent_at, last_error from core.mail_outbox where id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new AssertionError("No mail " + id);
                }
                OffsetDateTime sent = r.getObject(3, OffsetDateTime.class);
                return new Row(r.getInt(1), r.getObject(2, OffsetDateTime.class).toInstant(),
                        sent == null ? null : sent.toInstant(), r.getString(4));
            }
        }
    }

    public long count(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    public void execute(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
