package org.oursociety.portal.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

/** The PostgreSQL the portal uses: embedded (data under the data directory) or an external server. */
public final class Database implements AutoCloseable {

    private static final String DATABASE_NAME = "portal";

    private final String url;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;

    private Database(String url, String user, String password, EmbeddedPostgres embedded) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    /** Starts PostgreSQL from the binaries shipped in a Maven artifact, keeping its data in {@code dir}. */
    public static Database embedded(Path dir) throws LaunchException {
        return embedded(dir, 0);
    }

    /** As {@link #embedded(Path)}, on the given port (0: any free one). */
    static Database embedded(Path dir, int port) throws LaunchException {
        try {
            Files.createDirectories(dir);
            StaleProcesses.stopOrphanedPostgres(dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (port != 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "100")
                    // The library starts PostgreSQL with -F and synchronous_commit=off, settings for
                    // throw-away test databases. A council's data gets PostgreSQL's durable defaults
                    // (-c options come after -F on the command line, and the last one wins).
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            createDatabaseIfMissing(postgres);
            // The embedded server trusts local connections; Payara's pool insists on some password all the same.
            return new Database(postgres.getJdbcUrl("postgres", DATABASE_NAME), "postgres", "embedded", postgres);
        } catch (IOException | SQLException | RuntimeException e) {
            throw new LaunchException("Cannot start the embedded PostgreSQL in " + dir + ": " + rootMessage(e), e);
        }
    }

    /** Checks that the server answers before Payara is started, so a wrong URL is one clear line. */
    public static Database external(LauncherConfig.ExternalDatabase db) throws LaunchException {
        Properties props = new Properties();
        props.setProperty("user", db.user());
        props.setProperty("password", db.password());
        props.setProperty("connectTimeout", "10");
        try (Connection ignored = DriverManager.getConnection(db.url(), props)) {
            return new Database(db.url(), db.user(), db.password(), null);
        } catch (SQLException e) {
            throw new LaunchException("Cannot connect to the database at " + db.url() + ": " + rootMessage(e), e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE_NAME);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (Statement create = c.createStatement()) {
                        create.execute("create database " + DATABASE_NAME + " encoding 'UTF8'");
                    }
                }
            }
        }
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message.strip();
    }
}
