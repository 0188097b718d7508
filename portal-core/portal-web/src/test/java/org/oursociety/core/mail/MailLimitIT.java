package org.oursociety.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oursociety.portal.api.audit.AuditTrail;
import org.oursociety.portal.api.mail.MailLimit;
import org.oursociety.portal.api.internal.startup.SchemaMigrator;
import org.oursociety.portal.api.testing.MutableClock;
import org.oursociety.portal.api.testing.TestDatabase;

/** portal-api's MailLimit against the core's real schema: per recipient, per client address, windows, races. */
class MailLimitIT {

    private static TestDatabase db;
    private static DataSource ds;

    private final MutableClock clock = MutableClock.atNow();
    private MailLimit limit;

    @BeforeAll
    static void database() {
        db = TestDatabase.create();
        ds = db.dataSource();
        SchemaMigrator.migrate(ds, "core", MailLimitIT.class.getClassLoader());
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void empty() throws Exception {
        execute("delete from core.mail_throttle");
        execute("delete from core.audit_entry");
        limit = new MailLimit(ds, new AuditTrail(ds, clock), 5, 12, Duration.ofMinutes(60), clock);
    }

    @Test
    void fiveMailsToOneAddressAnHourThenNoneAndTheFirstRefusalIsAuditedOnce() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(limit.allow("password-reset", "Ann@Example.org", "203.0.113." + i)).isTrue();
        }
        for (int i = 0; i < 15; i++) {
            assertThat(limit.allow("password-reset", "ann@example.org ", "198.51.100." + i)).isFalse();
        }
        assertThat(query("select count(*) || '|' || min(target_type) || '|' || min(target_label) || '|' || min(details::text)"
                + " from core.audit_entry where action = 'mail.limited'"))
                .startsWith("1|email|ann@example.org|").contains("password-reset").contains("recipient");
    }

    @Test
    void oneClientAddressMayAskForTwelveMailsToDifferentPeople() throws Exception {
        for (int i = 0; i < 12; i++) {
            assertThat(limit.allow("registration", "person" + i + "@example.org", "203.0.113.9")).isTrue();
        }
        assertThat(limit.allow("registration", "another@example.org", "203.0.113.9")).isFalse();
        assertThat(limit.allow("registration", "another@example.org", "203.0.113.10")).isTrue();
        assertThat(query("select target_label from core.audit_entry where action = 'mail.limited'")).isEqualTo("203.0.113.9");
    }

    @Test
    void theCountStartsAgainWhenTheWindowHasPassed() {
        for (int i = 0; i < 5; i++) {
            limit.allow("password-reset", "bob@example.org", null);
        }
        assertThat(limit.allow("password-reset", "bob@example.org", null)).isFalse();
        clock.advance(Duration.ofMinutes(61));
        assertThat(limit.allow("password-reset", "bob@example.org", null)).isTrue();
    }

    @Test
    void twentyRequestsAtOnceSendExactlyFive() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String client = "192.0.2." + i;
            Callable<Boolean> call = () -> {
                start.await();
                return limit.allow("password-reset", "cara@example.org", client);
            };
            results.add(pool.submit(call));
        }
        start.countDown();
        int allowed = 0;
        for (Future<Boolean> result : results) {
            allowed += result.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(allowed).isEqualTo(5);
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String query(String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
