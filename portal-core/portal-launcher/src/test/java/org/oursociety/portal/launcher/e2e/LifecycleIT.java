package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Starting, stopping and restarting the portal as an operator does, and refusing to start with one clear line. */
class LifecycleIT {

    @Test
    void aStopLeavesNothingRunningAndARestartKeepsEverything() throws Exception {
        Path dataDir = Path.of("target", "e2e-lifecycle").toAbsolutePath();
        SharedPortal.deleteRecursively(dataDir);

        String token;
        int port;
        try (RunningPortal first = RunningPortal.start(dataDir)) {
            port = first.port();
            token = new Http(first).signIn(SessionApiIT.TOM, SessionApiIT.RESIDENT_PASSWORD).path("token").asText();
            List<ProcessHandle> started = new ArrayList<>(first.process().descendants().toList());
            assertThat(started).as("Payara runs as a child").isNotEmpty();
            // pg_ctl detaches PostgreSQL, so it is found through its pid file rather than as a descendant.
            long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).trim());
            started.add(ProcessHandle.of(postmaster).orElseThrow());

            assertThat(first.stop()).as("exit code after SIGTERM").isZero();
            awaitGone(started);
            assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();
            assertThat(first.output()).contains("Stopped.");
        }

        try (RunningPortal second = RunningPortal.start(dataDir, port)) {
            Http http = new Http(second);
            for (String war : SessionApiIT.WARS) {
                assertThat(http.get(war + "/api/me", "Authorization", "Bearer " + token).statusCode())
                        .as("a session from before the restart, in " + war).isEqualTo(200);
            }
            assertThat(count(second, "select count(*) from core.area")).as("the demo is loaded once").isEqualTo(3);
            assertThat(count(second, "select count(*) from core.user_account where email = '"
                    + RunningPortal.ADMIN_EMAIL + "'")).isEqualTo(1);
        }
    }

    @Test
    void aPortInUseIsOneClearLineAndAFailedStart() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            RunningPortal.Finished run = RunningPortal.runUntilExit(Map.of(
                    "PORTAL_PORT", Integer.toString(taken.getLocalPort()),
                    "PORTAL_DATA_DIR", Files.createTempDirectory("portal-port").toString()));

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.output().strip()).isEqualTo("Our Society could not start: Port " + taken.getLocalPort()
                    + " is already in use; stop what uses it or set PORTAL_PORT to another port.");
        }
    }

    @Test
    void anUnreachableDatabaseIsOneClearLineAndAFailedStart() throws Exception {
        RunningPortal.Finished run = RunningPortal.runUntilExit(Map.of(
                "PORTAL_PORT", Integer.toString(RunningPortal.freePort()),
                "PORTAL_DATA_DIR", Files.createTempDirectory("portal-db").toString(),
                "PORTAL_DB_URL", "jdbc:postgresql://127.0.0.1:1/portal"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("Our Society could not start: Cannot connect to the database at "
                + "jdbc:postgresql://127.0.0.1:1/portal").doesNotContain("\tat ");
    }

    @Test
    void aMistypedSettingIsOneClearLine() throws Exception {
        RunningPortal.Finished run = RunningPortal.runUntilExit(Map.of("PORTAL_PORT", "eighty"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output().strip()).isEqualTo(
                "Our Society could not start: PORTAL_PORT must be a whole number, not \"eighty\".");
    }

    /** PostgreSQL's last process may outlive pg_ctl's "stopped" by a moment; an orphan would stay for good. */
    private static void awaitGone(List<ProcessHandle> processes) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (processes.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(processes).as("no orphan process").noneMatch(ProcessHandle::isAlive);
    }

    private static long count(RunningPortal portal, String sql) throws Exception {
        try (Connection c = portal.database(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
