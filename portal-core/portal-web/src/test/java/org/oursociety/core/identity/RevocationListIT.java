package org.oursociety.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oursociety.core.identity.domain.UserSession;
import org.oursociety.portal.api.internal.security.RevocationList;
import org.oursociety.portal.api.internal.startup.SchemaMigrator;
import org.oursociety.portal.api.testing.MutableClock;
import org.oursociety.portal.api.testing.TestDatabase;

/** Sign-outs recorded in core.user_session, as every WAR learns of them. */
class RevocationListIT {

    private static final Duration MAX_AGE = Duration.ofSeconds(2);

    private static TestDatabase db;
    private static DataSource ds;
    private static UUID user;

    private MutableClock clock;

    @BeforeAll
    static void migrate() throws SQLException {
        db = TestDatabase.create();
        ds = db.dataSource();
        SchemaMigrator.migrate(ds, "core", RevocationListIT.class.getClassLoader());
        user = UUID.randomUUID();
        update("insert into core.user_account (id, email, display_name, password_hash) values (?, ?, 'Ann', 'x')",
                user.toString(), "ann@example.org");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void startClock() {
        clock = MutableClock.atNow();
    }

    @Test
    void aSignOutReachesTheListOnceItsCacheIsOlderThanTheMaximumAge() throws SQLException {
        String session = newSession("1 hour");
        RevocationList list = new RevocationList(ds, clock, MAX_AGE);
        assertThat(list.isRevoked(session)).isFalse();

        revoke(session);
        clock.advance(Duration.ofSeconds(1));
        assertThat(list.isRevoked(session)).as("still cached").isFalse();

        clock.advance(Duration.ofSeconds(2));
        assertThat(list.isRevoked(session)).isTrue();
    }

    @Test
    void aListStartedAfterTheSignOutKnowsItAtOnce() throws SQLException {
        String session = newSession("1 hour");
        revoke(session);

        assertThat(new RevocationList(ds, clock, MAX_AGE).isRevoked(session)).isTrue();
    }

    @Test
    void sessionsThatWereNotSignedOutAreNotRevoked() throws SQLException {
        String revoked = newSession("1 hour");
        String active = newSession("1 hour");
        revoke(revoked);

        RevocationList list = new RevocationList(ds, clock, MAX_AGE);

        assertThat(list.isRevoked(revoked)).isTrue();
        assertThat(list.isRevoked(active)).isFalse();
        assertThat(list.isRevoked("no-such-session")).isFalse();
    }

    @Test
    void revokedSessionsThatHaveExpiredAreNotKeptInMemory() throws SQLException {
        String expired = newSession("-1 minute");
        revoke(expired);

        assertThat(new RevocationList(ds, clock, MAX_AGE).isRevoked(expired)).isFalse();
    }

    @Test
    void whenTheDatabaseIsUnreachableTheLastKnownListIsKept() throws SQLException {
        String session = newSession("1 hour");
        revoke(session);
        AtomicBoolean down = new AtomicBoolean();
        RevocationList list = new RevocationList(failingWhen(down), clock, MAX_AGE);
        assertThat(list.isRevoked(session)).isTrue();

        down.set(true);
        clock.advance(Duration.ofSeconds(10));

        assertThat(list.isRevoked(session)).isTrue();
        assertThat(list.isRevoked("other")).isFalse();
    }

    private static String newSession(String expiresIn) throws SQLException {
        String id = UserSession.randomToken();
        update("insert into core.user_session (id, user_id, expires_at) values (?, ?, now() + cast(? as interval))",
                id, user.toString(), expiresIn);
        return id;
    }

    private static void revoke(String session) throws SQLException {
        update("update core.user_session set revoked_at = now() where id = ?", session);
    }

    private static void update(String sql, String... values) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    /** The test database, except that it refuses connections while {@code down} is set. */
    private static DataSource failingWhen(AtomicBoolean down) {
        return (DataSource) Proxy.newProxyInstance(RevocationListIT.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (down.get() && method.getName().equals("getConnection")) {
                        throw new SQLException("connection refused", "08001");
                    }
                    try {
                        return method.invoke(ds, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
