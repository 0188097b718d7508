package org.oursociety.core.mail.application;

import jakarta.mail.MessagingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.oursociety.core.mail.domain.Backoff;
import org.oursociety.core.mail.domain.PendingMail;
import org.oursociety.core.mail.infrastructure.OutboxRepository;
import org.oursociety.core.mail.infrastructure.SmtpSender;

/**
 * Sends what is due in the outbox. Plain Java (the outbox's repository, a sender, a clock), so that it runs the
 * same in the container's timer and in tests.
 *
 * <p>Each batch is one database transaction: the due rows are locked with
 * {@code for update skip locked}, sent, and marked sent or failed, then committed. The locks are held
 * while sending, which is what keeps two instances from ever sending the same mail. Delivery is at
 * least once: if the commit fails after the server accepted a mail, that mail goes out again later
 * (with the same Message-ID); the alternative, marking before sending, could lose mails.
 */
public final class OutboxWorker {

    /** Small, so that a batch holds its locks briefly and an unlucky commit repeats few mails. */
    public static final int BATCH_SIZE = 10;
    /** A run stops after this many batches and leaves the rest to the next run, so a run always ends. */
    static final int MAX_BATCHES_PER_RUN = 50;

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

    private final OutboxRepository store;
    private final SmtpSender sender;
    private final Clock clock;
    private final Backoff backoff;

    public OutboxWorker(OutboxRepository store, SmtpSender sender, Clock clock, Backoff backoff) {
        this.store = store;
        this.sender = sender;
        this.clock = clock;
        this.backoff = backoff;
    }

    /** What one batch or run did. */
    public record Result(int sent, int failed) {
        public static final Result NONE = new Result(0, 0);

        Result plus(Result other) {
            return new Result(sent + other.sent, failed + other.failed);
        }
    }

    /**
     * Sends due mails batch after batch until none is due or a batch fails (the server is probably
     * down; the back-off decides when to try again).
     */
    public Result run() throws SQLException {
        Result total = Result.NONE;
        for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
            Result batch = runBatch();
            total = total.plus(batch);
            if (batch.failed() > 0 || batch.sent() < BATCH_SIZE) {
                break;
            }
        }
        return total;
    }

    /** Claims, sends and records one batch of at most {@link #BATCH_SIZE} due mails. */
    public Result runBatch() throws SQLException {
        try (Connection c = store.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                List<PendingMail> due = store.claimDue(c, clock.instant(), BATCH_SIZE);
                Result result = due.isEmpty() ? Result.NONE : send(c, due);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private Result send(Connection c, List<PendingMail> due) throws SQLException {
        SmtpSender.Connection smtp;
        try {
            smtp = sender.connect();
        } catch (MessagingException e) {
            // Nothing can go out: every mail of the batch counts one failed attempt and waits.
            String error = describe(e);
            for (PendingMail mail : due) {
                failed(c, mail, error);
            }
            LOG.warning(() -> "Cannot send mail through " + sender.server() + ": " + error + "; " + due.size()
                    + " mail(s) wait in the outbox");
            return new Result(0, due.size());
        }
        int sent = 0;
        int failed = 0;
        try (smtp) {
            for (PendingMail mail : due) {
                try {
                    smtp.send(mail);
                    store.markSent(c, mail.id(), clock.instant());
                    sent++;
                } catch (MessagingException | RuntimeException e) {
                    // One refused mail (a bad address, a full mailbox) must not hold up the others.
                    String error = describe(e);
                    Instant next = failed(c, mail, error);
                    failed++;
                    LOG.log(Level.WARNING, "Mail {0} was not accepted (attempt {1}, next at {2}): {3}",
                            new Object[] {mail.id(), mail.attempts() + 1, next, error});
                }
            }
        }
        int sentMails = sent;
        LOG.fine(() -> "Sent " + sentMails + " mail(s) through " + sender.server());
        return new Result(sent, failed);
    }

    private Instant failed(Connection c, PendingMail mail, String error) throws SQLException {
        Instant next = clock.instant().plus(backoff.delayAfter(mail.attempts() + 1));
        store.markFailed(c, mail.id(), error, next);
        return next;
    }

    /** The exception and its causes in one line: "MailConnectException: Couldn't connect ...; ConnectException: refused". */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 1000; t = t.getCause() != t ? t.getCause() : null) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage().strip().replaceAll("\\s+", " "));
            }
        }
        return text.toString();
    }
}
