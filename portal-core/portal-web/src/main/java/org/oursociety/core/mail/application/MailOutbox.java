package org.oursociety.core.mail.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oursociety.core.admin.application.PlatformAccess;
import org.oursociety.core.mail.domain.MailContent;
import org.oursociety.core.mail.domain.OutboxEntry;
import org.oursociety.core.mail.domain.OutboxMail;
import org.oursociety.core.mail.infrastructure.OutboxRepository;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * The one way the portal sends mail: {@link #enqueue} writes the mail into {@code core.mail_outbox} in
 * the caller's transaction, so it exists if and only if the change that caused it is committed. The
 * worker ({@code OutboxScheduler}) sends it afterwards and retries while the SMTP server is down.
 *
 * <p>Without an SMTP server (the embedded default) mails are never sent; each committed mail's links
 * are logged at INFO and platform admins can read it at {@code /admin/outbox.xhtml}, so that the whole
 * sign-up flow can be tried on a laptop.
 */
@ApplicationScoped
public class MailOutbox {

    /** The admin page shows at most this many mails. */
    public static final int ADMIN_LIST_LIMIT = 200;

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    MailSettings settings;

    Clock clock = Clock.systemUTC();

    @Inject
    OutboxRepository store;

    @Inject
    PlatformAccess platform;

    @Inject
    CurrentUser currentUser;


    /**
     * Queues a mail in the caller's transaction. MANDATORY rather than REQUIRED: a caller without a
     * transaction would commit the mail on its own, and then a failed change could still send it.
     *
     * @param htmlBody {@code null} for a text-only mail
     * @param kind     a short lower-case name for the admin page's filter, e.g. {@code registration}
     * @return the mail's id
     * @throws IllegalArgumentException if the recipient, subject or kind could never be sent
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(String recipient, String subject, String textBody, String htmlBody, String kind) {
        return enqueue(recipient, new MailContent(subject, textBody, htmlBody), kind);
    }

    /** {@link #enqueue(String, String, String, String, String)} for a mail from {@link MailTemplates}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(String recipient, MailContent content, String kind) {
        OutboxMail mail = new OutboxMail(recipient, content, kind, clock.instant());
        store.add(mail);
        if (!settings.configured()) {
            logLinksAfterCommit(mail);
        }
        return mail.id();
    }

    /** The newest mails, newest first, for the admin page: platform admins only (they hold others' links). */
    public List<OutboxEntry> newest(int limit) {
        requireAdmin();
        try {
            return store.newest(Math.min(limit, ADMIN_LIST_LIMIT));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the mail outbox", e);
        }
    }

    /** The plain-text body of one mail, for the admin page. */
    public Optional<String> textBody(UUID id) {
        requireAdmin();
        try {
            return store.textBody(id);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the mail outbox", e);
        }
    }

    /** How many mails wait to be sent. */
    public long unsent() {
        requireAdmin();
        try {
            return store.unsent();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the mail outbox", e);
        }
    }

    public boolean sending() {
        return settings.configured();
    }

    private void requireAdmin() {
        platform.require(currentUser.user().orElse(null));
    }

    /**
     * Logged after the commit, not at enqueue: a registration that rolls back must not leave a
     * working-looking confirmation link in the log. Links only, never the body, which may hold more.
     */
    private void logLinksAfterCommit(OutboxMail mail) {
        String recipient = mail.recipient();
        String subject = mail.subject();
        String links = links(mail.textBody());
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    LOG.info(() -> "Mail to " + recipient + " \"" + subject + "\" stays in the outbox (no SMTP server"
                            + " configured; platform admins can read it at /admin/outbox.xhtml)"
                            + (links.isEmpty() ? "" : ". Link: " + links));
                }
            }
        });
    }

    static String links(String text) {
        StringBuilder links = new StringBuilder();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            if (!links.isEmpty()) {
                links.append(' ');
            }
            links.append(m.group());
        }
        return links.toString();
    }
}
