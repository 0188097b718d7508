package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The backup and restore of docs/DEPLOY.md, tried on the running portal's database: {@code pg_dump -Fc} of
 * the whole database, {@code pg_restore} into an empty one, and the copy holds every row of every schema
 * (core, forum, budget, directory, with their Flyway histories). The dump is taken in a snapshot exported
 * from a transaction that also counts the rows, so work the portal does meanwhile cannot make the numbers
 * differ. Needs {@code pg_dump} and {@code pg_restore} (Debian's postgresql-client, which {@code .ci/run}
 * installs).
 */
@ExtendWith(SharedPortal.class)
class BackupRestoreIT {

    private static final List<String> SCHEMAS = List.of("core", "forum", "budget", "directory");

    private final RunningPortal portal;

    BackupRestoreIT(RunningPortal portal) {
        this.portal = portal;
    }

    @Test
    void aDumpRestoredIntoAnEmptyDatabaseHoldsEveryRowOfEverySchema() throws Exception {
        int port = Integer.parseInt(Files.readAllLines(portal.dataDir().resolve("postgres/postmaster.pid")).get(3).trim());
        Path dump = Files.createTempFile("portal-backup", ".dump");
        try (Connection source = portal.database()) {
            source.setAutoCommit(false);
            String snapshot;
            try (Statement s = source.createStatement()) {
                s.execute("set transaction isolation level repeatable read");
                try (ResultSet r = s.executeQuery("select pg_export_snapshot()")) {
                    r.next();
                    snapshot = r.getString(1);
                }
            }
            Map<String, Long> counted = rowCounts(source);
            run("pg_dump", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres", "-d", "portal",
                    "--format=custom", "--snapshot=" + snapshot, "--file=" + dump);
            source.commit();

            try (Connection admin = connect(port, "postgres"); Statement s = admin.createStatement()) {
                s.execute("drop database if exists portal_restored");
                s.execute("create database portal_restored");
            }
            run("pg_restore", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres",
                    "-d", "portal_restored", "--exit-on-error", "--no-owner", dump.toString());

            try (Connection restored = connect(port, "portal_restored")) {
                assertThat(counted).containsKeys("core.user_account", "core.flyway_schema_history", "forum.flyway_schema_history",
                        "budget.flyway_schema_history", "directory.flyway_schema_history");
                assertThat(counted.get("core.user_account")).isPositive();
                assertThat(rowCounts(restored)).isEqualTo(counted);
            }
        } finally {
            Files.deleteIfExists(dump);
            try (Connection admin = connect(port, "postgres"); Statement s = admin.createStatement()) {
                s.execute("drop database if exists portal_restored");
            }
        }
    }

    private static Connection connect(int port, String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "");
    }

    private static Map<String, Long> rowCounts(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select table_schema || '.' || table_name from information_schema.tables"
                     + " where table_type = 'BASE TABLE' and table_schema in ('" + String.join("','", SCHEMAS) + "')")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*) from " + table)) {
                r.next();
                counts.put(table, r.getLong(1));
            }
        }
        return counts;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(command[0] + " finished").isTrue();
        assertThat(process.exitValue()).as(command[0] + " said: " + output).isZero();
    }
}
