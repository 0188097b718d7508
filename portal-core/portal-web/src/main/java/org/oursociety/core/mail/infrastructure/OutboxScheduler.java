package org.oursociety.core.mail.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oursociety.core.mail.application.MailSettings;
import org.oursociety.core.mail.application.OutboxWorker;
import org.oursociety.core.mail.domain.Backoff;

/**
 * Runs the {@link OutboxWorker} every 10 seconds ({@code portal.mail.poll-seconds}) in each instance, when an
 * SMTP server is configured.
 * Several instances may run it at once: the worker's row locks keep them apart.
 *
 * <p>After {@code CoreStartup}, which migrates the schema. No container transaction
 * (NOT_SUPPORTED): the worker commits its own batches on plain connections. The timer is not
 * persistent, so a stopped instance leaves nothing behind in the timer store.
 */
@Startup
@Singleton
@DependsOn("CoreStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxScheduler {

    static final long INITIAL_DELAY_MS = 5_000;
    static final long DEFAULT_INTERVAL_SECONDS = 10;

    private static final Logger LOG = Logger.getLogger(OutboxScheduler.class.getName());

    @Resource
    TimerService timers;

    @Inject
    MailSettings settings;

    @Inject
    OutboxRepository outbox;

    /** Tests set 1 so that a mail arrives within a second or two; nobody needs it lower. */
    @Inject
    @ConfigProperty(name = "portal.mail.poll-seconds", defaultValue = "10")
    long pollSeconds;

    private long intervalMs;

    private final AtomicBoolean running = new AtomicBoolean();
    private OutboxWorker worker;

    @PostConstruct
    void start() {
        if (!settings.configured()) {
            LOG.info("No SMTP server configured (PORTAL_SMTP_HOST): mails stay in the outbox, their links are"
                    + " logged, and platform admins can read them at /admin/outbox.xhtml");
            return;
        }
        worker = new OutboxWorker(outbox, new SmtpSender(settings), Clock.systemUTC(), Backoff.STANDARD);
        intervalMs = Math.max(1, pollSeconds) * 1000;
        timers.createIntervalTimer(INITIAL_DELAY_MS, intervalMs, new TimerConfig("mail-outbox", false));
        // The settings' toString leaves the password out.
        LOG.info(() -> "Sending mail through " + settings);
    }

    @Timeout
    void run() {
        // A slow SMTP server can make a run outlast the interval; the next tick then simply skips.
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.run();
        } catch (SQLException | RuntimeException e) {
            // Never let the exception out: the container would retry the tick and could cancel the timer.
            LOG.log(Level.WARNING, "The mail outbox worker failed; it tries again in " + intervalMs / 1000 + " s", e);
        } finally {
            running.set(false);
        }
    }
}
