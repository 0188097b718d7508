package org.oursociety.core.mail.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oursociety.core.mail.OutboxRows;
import org.oursociety.core.mail.domain.Backoff;
import org.oursociety.core.mail.domain.MailContent;
import org.oursociety.core.mail.domain.OutboxMail;
import org.oursociety.core.mail.infrastructure.OutboxRepository;
import org.oursociety.core.mail.infrastructure.SmtpSender;
import org.oursociety.portal.api.internal.startup.SchemaMigrator;
import org.oursociety.portal.api.testing.MutableClock;
import org.oursociety.portal.api.testing.TestDatabase;

/** The worker against real PostgreSQL and a real SMTP server (GreenMail) in this JVM. */
class OutboxWorkerIT {

    private static final String BASE_URL = "https://portal.test";

    private static TestDatabase db;
    private static DataSource ds;
    private static OutboxRows rows;

    private final MutableClock clock = MutableClock.atNow();
    private final MailTemplates templates = new MailTemplates(MailSettings.unconfigured(BASE_URL));
    private GreenMail smtp;

    @BeforeAll
    static void database() {
        db = TestDatabase.create();
        ds = db.dataSource();
        SchemaMigrator.migrate(ds, "core", OutboxWorkerIT.class.getClassLoader());
        rows = new OutboxRows(ds);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void emptyOutbox() throws Exception {
        rows.execute("delete from core.mail_outbox");
    }

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void sendsADueMailWithTextAndHtmlPartsAndAbsoluteLinks() throws Exception {
        startSmtp(ServerSetupTest.SMTP.dynamicPort());
        MailContent content = templates.render(Locale.ENGLISH, "Confirm your email address", "Hello Amira,",
                "Please confirm your address.", "Confirm my address", "/confirm?token=abc123");
        UUID id = rows.insert(new OutboxMail("amira@example.org", content, "registration", clock.instant()));

        OutboxWorker.Result result = worker(smtp.getSmtp().getPort()).run();

        assertThat(result).isEqualTo(new OutboxWorker.Result(1, 0));
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Confirm your email address");
        assertThat(received.getRecipients(Message.RecipientType.TO)).containsExactly(new InternetAddress("amira@example.org"));
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo("no-reply@portal.test");
        assertThat(received.isMimeType("multipart/alternative")).isTrue();
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertThat(text.isMimeType("text/plain")).isTrue();
        assertThat((String) text.getContent()).contains("Hello Amira,", "https://portal.test/confirm?token=abc123");
        assertThat(html.isMimeType("text/html")).isTrue();
        assertThat((String) html.getContent()).contains("<a href=\"https://portal.test/confirm?token=abc123\"");

        OutboxRows.Row row = rows.row(id);
        assertThat(row.sentAt()).isEqualTo(clock.instant());
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.lastError()).isNull();

        assertThat(worker(smtp.getSmtp().getPort()).run()).as("a sent mail is never sent again").isEqualTo(OutboxWorker.Result.NONE);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void whileTheServerIsDownTheMailWaitsWithBackOffAndGoesOutWhenItReturns() throws Exception {
        int port = freePort();
        OutboxWorker worker = worker(port);
        UUID id = rows.insert(mail("tom@example.org", "Reset your password"));

        assertThat(worker.run()).isEqualTo(new OutboxWorker.Result(0, 1));
        OutboxRows.Row first = rows.row(id);
        assertThat(first.sentAt()).isNull();
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(30));
        assertThat(first.lastError()).containsIgnoringCase("connect");

        clock.advance(Duration.ofSeconds(29));
        assertThat(worker.run()).as("not due yet").isEqualTo(OutboxWorker.Result.NONE);
        assertThat(rows.row(id).attempts()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(worker.run()).isEqualTo(new OutboxWorker.Result(0, 1));
        OutboxRows.Row second = rows.row(id);
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(60));

        startSmtp(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        clock.advance(Duration.ofSeconds(60));
        assertThat(worker.run()).isEqualTo(new OutboxWorker.Result(1, 0));

        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Reset your password");
        OutboxRows.Row sent = rows.row(id);
        assertThat(sent.sentAt()).isEqualTo(clock.instant());
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(sent.lastError()).isNull();
    }

    @Test
    void aMailTheServerRefusesDoesNotHoldUpTheOthers() throws Exception {
        startSmtp(ServerSetupTest.SMTP.dynamicPort());
        UUID good = rows.insert(mail("amira@example.org", "First"));
        UUID later = rows.insert(mail("tom@example.org", "Second"));
        // Written past MailOutbox's checks (an older row, a hand edit): the worker must cope anyway.
        UUID bad = UUID.randomUUID();
        rows.execute("insert into core.mail_outbox (id, recipient, subject, text_body, kind, created_at, next_attempt_at)"
                + " values ('" + bad + "', 'not an address', 'Broken', 'Text', 'test', now(), now() - interval '1 minute')");

        assertThat(worker(smtp.getSmtp().getPort()).run()).isEqualTo(new OutboxWorker.Result(2, 1));

        assertThat(smtp.waitForIncomingEmail(5_000, 2)).isTrue();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(OutboxWorkerIT::subject)).containsExactlyInAnyOrder("First", "Second");
        assertThat(rows.row(good).sentAt()).isNotNull();
        assertThat(rows.row(later).sentAt()).isNotNull();
        OutboxRows.Row refused = rows.row(bad);
        assertThat(refused.sentAt()).isNull();
        assertThat(refused.attempts()).isEqualTo(1);
        assertThat(refused.lastError()).contains("AddressException");
        assertThat(refused.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(30));
    }

    @Test
    void authenticatesAndNeverRecordsThePassword() throws Exception {
        startSmtp(ServerSetupTest.SMTP.dynamicPort(), GreenMailConfiguration.aConfig()
                .withUser("portal@portal.test", "portal", "right-password-123"));
        int port = smtp.getSmtp().getPort();
        UUID refused = rows.insert(mail("amira@example.org", "Wrong password"));

        OutboxWorker wrong = new OutboxWorker(new OutboxRepository(ds),
                new SmtpSender(settings(port, "portal", "wrong-password-456")), clock, Backoff.STANDARD);
        assertThat(wrong.run()).isEqualTo(new OutboxWorker.Result(0, 1));
        assertThat(rows.row(refused).lastError()).contains("Authentication").doesNotContain("wrong-password-456");
        assertThat(smtp.getReceivedMessages()).isEmpty();

        clock.advance(Duration.ofSeconds(30));
        OutboxWorker right = new OutboxWorker(new OutboxRepository(ds),
                new SmtpSender(settings(port, "portal", "right-password-123")), clock, Backoff.STANDARD);
        assertThat(right.run()).isEqualTo(new OutboxWorker.Result(1, 0));
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
    }

    @Test
    void sendsEverythingDueInBatchesUntilNothingIsLeft() throws Exception {
        startSmtp(ServerSetupTest.SMTP.dynamicPort());
        int total = OutboxWorker.BATCH_SIZE * 2 + 3;
        for (int i = 0; i < total; i++) {
            rows.insert(mail("resident" + i + "@example.org", "Mail " + i));
        }
        rows.insert(new OutboxMail("future@example.org", new MailContent("Not yet", "Text", null), "test",
                clock.instant().plusSeconds(10)));

        assertThat(worker(smtp.getSmtp().getPort()).run()).isEqualTo(new OutboxWorker.Result(total, 0));
        assertThat(smtp.waitForIncomingEmail(10_000, total)).isTrue();
        assertThat(rows.count("select count(*) from core.mail_outbox where sent_at is null")).as("the future one waits").isEqualTo(1);
    }

    @Test
    void workersRacingForTheSameMailsNeverSendOneTwice() throws Exception {
        startSmtp(ServerSetupTest.SMTP.dynamicPort());
        int port = smtp.getSmtp().getPort();
        int mails = 80;
        for (int i = 0; i < mails; i++) {
            rows.insert(mail("resident" + i + "@example.org", "Race " + i));
        }
        int workers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Integer>> sentBy = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                OutboxWorker worker = worker(port);
                Callable<Integer> task = () -> {
                    start.await();
                    int sent = 0;
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    while (rows.count("select count(*) from core.mail_outbox where sent_at is null") > 0
                            && System.nanoTime() < deadline) {
                        sent += worker.runBatch().sent();
                    }
                    return sent;
                };
                sentBy.add(pool.submit(task));
            }
            start.countDown();
            int sent = 0;
            for (Future<Integer> f : sentBy) {
                sent += f.get(90, TimeUnit.SECONDS);
            }
            assertThat(sent).isEqualTo(mails);
        } finally {
            pool.shutdownNow();
        }

        assertThat(smtp.waitForIncomingEmail(10_000, mails)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(mails);
        Set<String> subjects = new HashSet<>();
        for (MimeMessage m : received) {
            assertThat(subjects.add(m.getSubject())).as("sent once: " + m.getSubject()).isTrue();
        }
        assertThat(rows.count("select count(*) from core.mail_outbox where sent_at is not null and attempts = 1"))
                .isEqualTo(mails);
    }

    private void startSmtp(ServerSetup setup) {
        startSmtp(setup, null);
    }

    private void startSmtp(ServerSetup setup, GreenMailConfiguration configuration) {
        smtp = new GreenMail(setup);
        if (configuration != null) {
            smtp.withConfiguration(configuration);
        }
        smtp.start();
    }

    private OutboxWorker worker(int port) {
        return new OutboxWorker(new OutboxRepository(ds), new SmtpSender(settings(port, null, null)), clock, Backoff.STANDARD);
    }

    private static MailSettings settings(int port, String user, String password) {
        // No TLS: GreenMail's plain SMTP port. TLS itself is Jakarta Mail's, configured in SmtpSenderTest.
        return new MailSettings("127.0.0.1", port, user, password, false, "Our Society <no-reply@portal.test>", BASE_URL);
    }

    private OutboxMail mail(String recipient, String subject) {
        return new OutboxMail(recipient, new MailContent(subject, "Text of " + subject, "<p>" + subject + "</p>"), "test",
                clock.instant());
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A port nothing listens on: a closed SMTP server. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
