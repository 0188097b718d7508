package org.oursociety.portal.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Clears what a launcher killed with SIGKILL left behind (the JVM could run no shutdown hook):
 * a Payara child and an embedded PostgreSQL that still holds the data directory. The caller
 * holds the data directory's lock, so anything found here belongs to no live launcher.
 */
final class StaleProcesses {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private StaleProcesses() {
    }

    static void stopOrphanedPayara(Path pidFile) throws IOException {
        Optional<ProcessHandle> process = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(p -> p.info().commandLine().map(c -> c.contains("payara-micro")).orElse(false));
        if (process.isPresent()) {
            System.out.println("Stopping a Payara Micro left running by an earlier launcher (pid " + process.get().pid() + ")");
            process.get().destroy();
            awaitExit(process.get());
        }
        Files.deleteIfExists(pidFile);
    }

    static void stopOrphanedPostgres(Path dataDir) throws IOException {
        Optional<ProcessHandle> process = readPid(dataDir.resolve("postmaster.pid")).flatMap(ProcessHandle::of)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (process.isPresent()) {
            System.out.println("Stopping a PostgreSQL left running by an earlier launcher (pid " + process.get().pid() + ")");
            // SIGINT is PostgreSQL's "fast" shutdown: it does not wait for clients that will never leave.
            new ProcessBuilder("kill", "-INT", Long.toString(process.get().pid())).inheritIO().start();
            awaitExit(process.get());
        }
    }

    private static Optional<Long> readPid(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        try {
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void awaitExit(ProcessHandle process) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
