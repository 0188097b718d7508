package org.oursociety.portal.api.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oursociety.portal.api.audit.AuditEvent;
import org.oursociety.portal.api.audit.AuditTrail;
import org.oursociety.portal.api.web.ClientAddress;

/**
 * Stops mail bombing: anything that mails an address someone typed (registration, a password reset,
 * an email change, a module's invitation) asks {@link #allow} first, in the transaction that queues
 * the mail, and queues nothing when it answers false, while answering the request exactly as usual
 * (so the limit reveals nobody). Mails are counted per recipient address and per client address in
 * {@code core.mail_throttle}, within a window ({@code PORTAL_MAIL_LIMIT_RECIPIENT},
 * {@code PORTAL_MAIL_LIMIT_ADDRESS}, {@code PORTAL_MAIL_LIMIT_WINDOW_MINUTES}); the first refusal in a
 * window is written to the audit log as {@code mail.limited}.
 *
 * <pre>{@code
 * if (mailLimit.allow("forum-invitation", email)) {
 *     mail.queue(ModuleMail.text(email, subject, body, "forum-invitation"));
 * }
 * }</pre>
 */
@ApplicationScoped
public class MailLimit {

    private static final Logger LOG = Logger.getLogger(MailLimit.class.getName());
    private static final long PURGE_EVERY_MILLIS = Duration.ofMinutes(10).toMillis();

    /** Which counter. */
    enum Kind {
        RECIPIENT("recipient"), ADDRESS("address");

        final String column;

        Kind(String column) {
            this.column = column;
        }
    }

    private static final String COUNT =
            "insert into core.mail_throttle as t (kind, subject, mails, window_started_at) values (?, ?, 1, ?)"
            + " on conflict (kind, subject) do update set"
            + " mails = case when t.window_started_at <= ? then 1 else t.mails + 1 end,"
            + " window_started_at = case when t.window_started_at <= ? then excluded.window_started_at"
            + "   else t.window_started_at end"
            + " returning mails";

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    ClientAddress clientAddress;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "portal.mail.limit.recipient", defaultValue = "5")
    int perRecipient;

    @Inject
    @ConfigProperty(name = "portal.mail.limit.address", defaultValue = "30")
    int perAddress;

    @Inject
    @ConfigProperty(name = "portal.mail.limit.window-minutes", defaultValue = "60")
    long windowMinutes;

    private Duration window;
    private Clock clock = Clock.systemUTC();
    private final AtomicLong lastPurge = new AtomicLong();

    /** For CDI; the settings are read in {@link #init()}. */
    public MailLimit() {
    }

    /** Outside the container (tests): each call names the client address. */
    public MailLimit(DataSource dataSource, AuditTrail audit, int perRecipient, int perAddress, Duration window, Clock clock) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.perRecipient = perRecipient;
        this.perAddress = perAddress;
        this.window = window;
        this.clock = clock;
    }

    @PostConstruct
    void init() {
        window = Duration.ofMinutes(Math.max(1, windowMinutes));
    }

    /**
     * Counts a mail of this kind to this recipient, asked for by the current request's client.
     *
     * @param kind      what the mail is ({@code password-reset}, {@code forum-invitation}), for the audit log
     * @param recipient the address the mail would go to
     * @return true if the mail may be queued; false if a limit is reached (queue nothing, answer as usual)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean allow(String kind, String recipient) {
        return allow(kind, recipient, clientAddress == null ? null : clientAddress.current().orElse(null));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean allow(String kind, String recipient, String client) {
        Instant now = clock.instant();
        purgeNowAndThen(now);
        String to = normalise(recipient);
        try {
            int toRecipient = count(Kind.RECIPIENT, to, now);
            int fromAddress = client == null ? 0 : count(Kind.ADDRESS, client, now);
            boolean recipientOver = toRecipient > perRecipient;
            boolean addressOver = client != null && fromAddress > perAddress;
            if (!recipientOver && !addressOver) {
                return true;
            }
            if (recipientOver && toRecipient == perRecipient + 1 || addressOver && fromAddress == perAddress + 1) {
                // The first refusal in the window, not every one: a flood must not flood the audit log too.
                audit.record(AuditEvent.of("mail.limited", recipientOver ? "email" : "address",
                                recipientOver ? to : client, recipientOver ? to : client)
                        .with("kind", kind)
                        .with("limit", recipientOver ? "recipient" : "address")
                        .with("mails", Integer.toString(recipientOver ? perRecipient : perAddress))
                        .with("windowMinutes", Long.toString(window.toMinutes())));
                LOG.info(() -> "Mail limit reached (" + (recipientOver ? "recipient" : "client address") + ") for "
                        + kind + "; further mails are dropped until the window ends");
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the mail", e);
        }
    }

    private int count(Kind kind, String subject, Instant now) throws SQLException {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        OffsetDateTime windowStartedBefore = now.minus(window).atOffset(ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(COUNT)) {
            s.setString(1, kind.column);
            s.setString(2, subject.length() > 320 ? subject.substring(0, 320) : subject);
            s.setObject(3, at);
            s.setObject(4, windowStartedBefore);
            s.setObject(5, windowStartedBefore);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private void purgeNowAndThen(Instant now) {
        long last = lastPurge.get();
        if (now.toEpochMilli() - last < PURGE_EVERY_MILLIS || !lastPurge.compareAndSet(last, now.toEpochMilli())) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("delete from core.mail_throttle where window_started_at < ?")) {
            s.setObject(1, now.minus(window).atOffset(ZoneOffset.UTC));
            s.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Cannot purge old mail counters: {0}", e.getMessage());
        }
    }

    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
