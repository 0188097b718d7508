package org.oursociety.portal.api.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How a module sends mail: it queues the mail into the core's outbox ({@code core.mail_outbox}) in its
 * own transaction, so that a change and the mail about it commit together or not at all. The core's
 * worker sends it, retrying while the SMTP server is down (docs/MAIL.md), and platform admins see it
 * on the outbox page.
 *
 * <pre>{@code
 * @Inject MailQueue mail;
 *
 * @Transactional
 * public void reply(...) {
 *     ... the reply ...
 *     mail.recipient(author).ifPresent(r -> mail.queue(ModuleMail.text(r.email(),
 *             subject(r.language()), body(r.language(), mail.link("/forum/" + area + "/topic/" + id)),
 *             "forum-reply")));
 * }
 * }</pre>
 */
@ApplicationScoped
public class MailQueue {

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    Clock clock = Clock.systemUTC();

    /** For CDI. */
    public MailQueue() {
    }

    /** Outside the container (tests). */
    public MailQueue(DataSource dataSource, String baseUrl, Clock clock) {
        this.dataSource = dataSource;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    /**
     * Queues a mail in the caller's transaction. MANDATORY: without a transaction the mail would be
     * committed on its own, and a change that then failed would still be announced.
     *
     * @return the mail's id in the outbox
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID queue(ModuleMail mail) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into core.mail_outbox (id, recipient, subject, text_body, html_body, kind, created_at,"
                        + " next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, mail.to());
            insert.setString(3, mail.subject());
            insert.setString(4, mail.textBody());
            insert.setString(5, mail.htmlBody());
            insert.setString(6, mail.kind());
            insert.setTimestamp(7, now);
            insert.setTimestamp(8, now);
            insert.executeUpdate();
        } catch (SQLException e) {
            // Unchecked, so the caller's change rolls back with the mail it meant to send.
            throw new IllegalStateException("Cannot queue a mail in the outbox", e);
        }
        return id;
    }

    /**
     * Where to mail a member, if anywhere: empty for an account that is deleted, disabled or unknown.
     * Unconfirmed addresses are included: the member chose them, and the mail is what they asked for.
     */
    public Optional<MailRecipient> recipient(UUID userId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "select email, display_name, preferred_language from core.user_account"
                        + " where id = ? and deleted_at is null and disabled_at is null")) {
            select.setObject(1, userId);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new MailRecipient(userId, row.getString(1), row.getString(2),
                                Locale.forLanguageTag(row.getString(3))))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read a member's address", e);
        }
    }

    /** An absolute link for a mail, from {@code portal.base-url}: {@code link("/forum/riverside/")}. */
    public String link(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A path starts with '/': " + path);
        }
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return URI.create(base + path).toString();
    }
}
