package org.oursociety.portal.api.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, empty PostgreSQL database for one test class, dropped again on {@link #close()}.
 *
 * <p>By default the database lives in an embedded PostgreSQL (zonky) that is started once per JVM
 * and shared by every test class, so a whole test run pays for one server start. When the
 * environment variable {@code PORTAL_TEST_DB_URL} is set (with optional {@code PORTAL_TEST_DB_USER}
 * and {@code PORTAL_TEST_DB_PASSWORD}) that server is used instead; its user must be allowed to
 * create databases. Either way each instance gets its own uniquely named database
 * ({@code portal_test_<random>}), so test classes and concurrent runs never see each other's rows.
 *
 * <pre>{@code
 * static TestDatabase db;
 * @BeforeAll static void start() { db = TestDatabase.create(); }
 * @AfterAll static void stop() { db.close(); }
 * }</pre>
 */
public final class TestDatabase implements AutoCloseable {

    public static final String URL_VARIABLE = "PORTAL_TEST_DB_URL";
    public static final String USER_VARIABLE = "PORTAL_TEST_DB_USER";
    public static final String PASSWORD_VARIABLE = "PORTAL_TEST_DB_PASSWORD";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static EmbeddedPostgres embedded;

    private final Server server;
    private final String name;
    private final PGSimpleDataSource dataSource;
    private boolean closed;

    private TestDatabase(Server server, String name) {
        this.server = server;
        this.name = name;
        this.dataSource = server.dataSource(name);
    }

    /** A new empty database on the server chosen by the environment. */
    public static TestDatabase create() {
        return create(System.getenv());
    }

    static TestDatabase create(Map<String, String> env) {
        Server server = server(env);
        String name = "portal_test_" + HexFormat.of().formatHex(randomBytes());
        server.execute("create database " + name);
        return new TestDatabase(server, name);
    }

    /** Connections to this test's database, as the portal's own pool makes them ({@code stringtype=unspecified}). */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The database's name, {@code portal_test_...}. */
    public String name() {
        return name;
    }

    /** A JDBC URL for this database, for code that wants one rather than a DataSource. */
    public String jdbcUrl() {
        return dataSource.getURL();
    }

    public String user() {
        return dataSource.getUser();
    }

    public String password() {
        return dataSource.getPassword();
    }

    /** Drops the database; the shared embedded server stays up for the next test class and stops with the JVM. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.execute("drop database if exists " + name + " with (force)");
        } catch (IllegalStateException e) {
            if (!(e.getCause() instanceof SQLException sql) || !"42601".equals(sql.getSQLState())) {
                throw e;
            }
            // PostgreSQL before 13 knows no FORCE; the test's connections are closed by now anyway.
            server.execute("drop database if exists " + name);
        }
    }

    @Override
    public String toString() {
        return "TestDatabase[" + name + "]";
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static Server server(Map<String, String> env) {
        String url = blankToNull(env.get(URL_VARIABLE));
        if (url != null) {
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalStateException(URL_VARIABLE + " must be a PostgreSQL JDBC URL, not " + url);
            }
            return new Server(url, blankToNull(env.get(USER_VARIABLE)), blankToNull(env.get(PASSWORD_VARIABLE)));
        }
        EmbeddedPostgres postgres = embedded();
        return new Server(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null);
    }

    private static synchronized EmbeddedPostgres embedded() {
        if (embedded == null) {
            try {
                // Durability is worthless in a throw-away test server; dropping it makes DDL and commits fast.
                embedded = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL for tests", e);
            }
        }
        return embedded;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A PostgreSQL server reached through its maintenance database. */
    private record Server(String url, String user, String password) {

        PGSimpleDataSource dataSource(String database) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url);
            if (database != null) {
                ds.setDatabaseName(database);
            }
            if (user != null) {
                ds.setUser(user);
            }
            if (password != null) {
                ds.setPassword(password);
            }
            ds.setStringType("unspecified");
            ds.setApplicationName("portal-tests");
            return ds;
        }

        void execute(String sql) {
            try (Connection c = dataSource(null).getConnection(); Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot run \"" + sql + "\" on " + url + ": " + e.getMessage(), e);
            }
        }
    }
}
