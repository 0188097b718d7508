package org.oursociety.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oursociety.portal.api.audit.AuditEvent;
import org.oursociety.portal.api.audit.AuditTrail;
import org.oursociety.portal.api.internal.startup.SchemaMigrator;
import org.oursociety.portal.api.mail.MailQueue;
import org.oursociety.portal.api.mail.MailRecipient;
import org.oursociety.portal.api.mail.ModuleMail;
import org.oursociety.portal.api.schedule.ClusterOnce;
import org.oursociety.portal.api.testing.MutableClock;
import org.oursociety.portal.api.testing.TestDatabase;

/** What portal-api offers modules (mail, audit, once-per-cluster work) against the core's real schema. */
class ModuleContractsIT {

    private static TestDatabase db;
    private static DataSource ds;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.create();
        ds = db.dataSource();
        SchemaMigrator.migrate(ds, "core", ModuleContractsIT.class.getClassLoader());
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void aModulesMailLandsInTheCoresOutboxDueAtOnce() throws SQLException {
        MailQueue queue = new MailQueue(ds, "https://portal.example.org/", MutableClock.atNow());

        UUID id = queue.queue(new ModuleMail("ann@example.org", "A reply to your post", "Tom replied.",
                "<p>Tom replied.</p>", "forum-reply"));

        assertThat(one("select recipient || '|' || subject || '|' || kind || '|' || (sent_at is null)"
                + " || '|' || (next_attempt_at = created_at) from core.mail_outbox where id = ?", id))
                .isEqualTo("ann@example.org|A reply to your post|forum-reply|true|true");
        assertThat(queue.link("/forum/riverside/")).isEqualTo("https://portal.example.org/forum/riverside/");
    }

    @Test
    void mailThatCouldNeverBeSentIsRefusedBeforeItIsQueued() {
        assertThatThrownBy(() -> ModuleMail.text("nobody", "Hi", "x", "forum-reply"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModuleMail.text("a@example.org", "Hi\nBcc: b@example.org", "x", "forum-reply"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModuleMail.text("a@example.org", "Hi", "x", "Forum Reply"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void membersAreMailedInTheirLanguageAndDeletedOrDisabledOnesNotAtAll() throws SQLException {
        UUID welsh = account("Siân", "sian@example.org", "cy");
        UUID disabled = account("Dai", "dai@example.org", "en");
        update("update core.user_account set disabled_at = now() where id = ?", disabled);
        MailQueue queue = new MailQueue(ds, "http://localhost:8080", MutableClock.atNow());

        assertThat(queue.recipient(welsh)).contains(
                new MailRecipient(welsh, "sian@example.org", "Siân", Locale.forLanguageTag("cy")));
        assertThat(queue.recipient(disabled)).isEmpty();
        assertThat(queue.recipient(UUID.randomUUID())).isEmpty();
    }

    @Test
    void anAuditEventIsWrittenWithItsAreaAndReason() throws SQLException {
        new AuditTrail(ds, MutableClock.atNow()).recordBySystem(
                AuditEvent.of("forum.post-hidden", "post", "p-1", "Bins on Mill Lane")
                        .inArea("riverside").because("three members flagged it"));

        assertThat(one("select target_label || '|' || (details->>'area') || '|' || (details->>'reason')"
                + " || '|' || (actor_id is null) from core.audit_entry where target_id = ?", "p-1"))
                .isEqualTo("Bins on Mill Lane|riverside|three members flagged it|true");
        assertThatThrownBy(() -> AuditEvent.of("hidden", "post", "p", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aJobRunsOnOneInstanceAtATime() throws Exception {
        ClusterOnce first = new ClusterOnce(ds);
        ClusterOnce second = new ClusterOnce(ds);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> holder = pool.submit(() -> first.run("forum.digest", () -> {
                runs.incrementAndGet();
                running.countDown();
                await(release);
            }));
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(second.run("forum.digest", runs::incrementAndGet)).isFalse();
            assertThat(second.run("budget.phases", runs::incrementAndGet)).isTrue();

            release.countDown();
            assertThat(holder.get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(second.run("forum.digest", runs::incrementAndGet)).isTrue();
            assertThat(runs).hasValue(3);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static UUID account(String name, String email, String language) throws SQLException {
        UUID id = UUID.randomUUID();
        update("insert into core.user_account (id, email, display_name, password_hash, preferred_language)"
                + " values (?, ?, ?, 'x', ?)", id, email, name, language);
        return id;
    }

    private static void update(String sql, Object... values) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    private static String one(String sql, Object value) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, value);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
