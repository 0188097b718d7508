package org.oursociety.core.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.oursociety.core.audit.application.AuditLog;
import org.oursociety.core.audit.domain.AuditActions;
import org.oursociety.core.audit.domain.AuditEntry;
import org.oursociety.core.audit.domain.AuditQuery;
import org.oursociety.core.audit.infrastructure.AuditRepository;
import org.oursociety.core.identity.domain.ThrottleRules;
import org.oursociety.core.identity.infrastructure.ThrottleRepository;
import org.oursociety.portal.api.internal.startup.SchemaMigrator;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.testing.MutableClock;
import org.oursociety.portal.api.testing.TestDatabase;

/** Sign-in throttling against real PostgreSQL: limits, locks, resets, and parallel attempts. */
class SignInThrottleIT {

    private static final String ADDRESS = "203.0.113.7";
    private static final ThrottleRules RULES = new ThrottleRules(5, 12, Duration.ofMinutes(15), Duration.ofMinutes(15));

    private static TestDatabase db;
    private static DataSource ds;

    private final MutableClock clock = MutableClock.atNow();
    private AuditLog audit;
    private AuditRepository auditRows;
    private SignInThrottle throttle;

    @BeforeAll
    static void database() {
        db = TestDatabase.create();
        ds = db.dataSource();
        SchemaMigrator.migrate(ds, "core", SignInThrottleIT.class.getClassLoader());
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void empty() throws Exception {
        execute("delete from core.signin_throttle");
        execute("delete from core.audit_entry");
        auditRows = new AuditRepository(ds);
        audit = new AuditLog(auditRows, clock);
        throttle = new SignInThrottle(new ThrottleRepository(ds), RULES, audit, clock);
    }

    @Test
    void fiveFailuresLockTheEmailForFifteenMinutesAndTheLockIsAudited() throws Exception {
        failTimes("ann@example.org", 5);

        assertThatThrownBy(() -> throttle.begin("ann@example.org", ADDRESS))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofMinutes(15)));
        List<AuditEntry> locks = auditRows.find(new AuditQuery(AuditActions.SIGNIN_LOCKED, null, null, null, null), 0, AuditLog.PAGE_SIZE).items();
        assertThat(locks).singleElement().satisfies(e -> {
            assertThat(e.target().type()).isEqualTo("email");
            assertThat(e.target().label()).isEqualTo("ann@example.org");
            assertThat(e.clientAddress()).isEqualTo(ADDRESS);
            assertThat(e.actor().isNobody()).isTrue();
            assertThat(e.detailsJson()).contains("lockedUntil");
        });
    }

    @Test
    void theLockEndsAfterFifteenMinutesAndCountingStartsAfresh() {
        failTimes("ann@example.org", 5);
        clock.advance(Duration.ofMinutes(10));
        assertThatThrownBy(() -> throttle.begin("ann@example.org", ADDRESS))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofMinutes(5)));

        clock.advance(Duration.ofMinutes(5));
        failTimes("ann@example.org", 4);
        SignInThrottle.Attempt fifth = throttle.begin("ann@example.org", ADDRESS);
        assertThat(fifth.emailLocksIfFails()).as("the fifth failure after the lock locks again, no sooner").isTrue();
        throttle.finish(fifth, true);
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        failTimes("ann@example.org", 4);
        clock.advance(Duration.ofMinutes(16));

        SignInThrottle.Attempt first = throttle.begin("ann@example.org", ADDRESS);
        assertThat(first.emailLocksIfFails()).as("counted afresh: one failure of five, not the fifth").isFalse();
        throttle.finish(first, false);
        failTimes("ann@example.org", 3);
        assertThat(throttle.begin("ann@example.org", ADDRESS).emailLocksIfFails()).as("the fifth of the new window")
                .isTrue();
    }

    @Test
    void aSuccessResetsTheEmailsCount() {
        failTimes("ann@example.org", 4);
        throttle.finish(throttle.begin("Ann@Example.org ", ADDRESS), true);

        failTimes("ann@example.org", 4);
        SignInThrottle.Attempt fifth = throttle.begin("ann@example.org", ADDRESS);
        assertThat(fifth.emailLocksIfFails()).isTrue();
    }

    @Test
    void anEmailWithoutAnAccountIsCountedAndLockedTheSameWay() {
        // The throttle never looks for an account, so its answer cannot tell members from strangers.
        failTimes("nobody-here@example.org", 5);
        failTimes("ann@example.org", 5);

        Duration stranger = retryAfter("nobody-here@example.org");
        Duration member = retryAfter("ann@example.org");
        assertThat(stranger).isEqualTo(member);
    }

    @Test
    void oneAddressIsLockedAfterItsOwnLimitWhateverTheEmails() throws Exception {
        for (int i = 0; i < 12; i++) {
            throttle.finish(throttle.begin("person" + i + "@example.org", ADDRESS), false);
        }

        assertThatThrownBy(() -> throttle.begin("someone-new@example.org", ADDRESS))
                .isInstanceOf(Refusal.class);
        throttle.finish(throttle.begin("someone-new@example.org", "198.51.100.1"), true);
        assertThat(auditRows.find(new AuditQuery(AuditActions.SIGNIN_LOCKED, null, "203.0.113.7", null, null), 0, AuditLog.PAGE_SIZE).items())
                .singleElement().satisfies(e -> assertThat(e.target().type()).isEqualTo("address"));
    }

    @Test
    void aSuccessFromAnAddressTakesBackOnlyItsOwnAttempt() {
        for (int i = 0; i < 11; i++) {
            throttle.finish(throttle.begin("person" + i + "@example.org", ADDRESS), false);
        }
        throttle.finish(throttle.begin("real@example.org", ADDRESS), true);

        SignInThrottle.Attempt twelfth = throttle.begin("another@example.org", ADDRESS);
        assertThat(twelfth.addressLocksIfFails()).isTrue();
    }

    @Test
    void parallelAttemptsNeverGetPastTheLimit() throws Exception {
        int threads = 24;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                Callable<Boolean> attempt = () -> {
                    start.await();
                    try {
                        throttle.finish(throttle.begin("target@example.org", "198.51.100." + Thread.currentThread().getId()), false);
                        return true;
                    } catch (Refusal refused) {
                        return false;
                    }
                };
                results.add(pool.submit(attempt));
            }
            start.countDown();
            int allowed = 0;
            for (Future<Boolean> result : results) {
                allowed += result.get() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from core.audit_entry where action = 'signin.locked' and target_type = 'email'"))
                .isEqualTo(1);
    }

    private void failTimes(String email, int times) {
        for (int i = 0; i < times; i++) {
            throttle.finish(throttle.begin(email, ADDRESS), false);
        }
    }

    private Duration retryAfter(String email) {
        try {
            throttle.begin(email, ADDRESS);
            throw new AssertionError("not refused");
        } catch (Refusal e) {
            return e.retryAfter().orElseThrow();
        }
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
