package org.oursociety.portal.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar portal.jar --database-only}: the embedded PostgreSQL alone, on 127.0.0.1 and a fixed
 * port, for trying a cluster on one machine ({@code bench/cluster.sh}) without a PostgreSQL installed.
 * A council runs its own server instead (docs/DEPLOY.md).
 */
final class DatabaseOnly {

    private DatabaseOnly() {
    }

    static int run(Map<String, String> env) throws LaunchException {
        Path dataDir = Path.of(env.getOrDefault("PORTAL_DATA_DIR", "data")).toAbsolutePath().normalize();
        int port;
        try {
            port = Integer.parseInt(env.getOrDefault("PORTAL_DB_PORT", "5433").trim());
        } catch (NumberFormatException e) {
            throw new LaunchException("PORTAL_DB_PORT must be a port number, not \"" + env.get("PORTAL_DB_PORT") + "\".");
        }
        if (port < 1 || port > 65535) {
            throw new LaunchException("PORTAL_DB_PORT must be between 1 and 65535, not " + port + ".");
        }
        Path dir = dataDir.resolve("postgres");
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new LaunchException("Cannot use the data directory " + dataDir + ": " + e.getMessage(), e);
        }
        Database database = Database.embedded(dir, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                database.close();
            } catch (java.io.IOException e) {
                System.err.println("Could not stop PostgreSQL cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }, "database-shutdown"));
        System.out.println("PostgreSQL is ready: PORTAL_DB_URL=" + database.url() + " PORTAL_DB_USER=" + database.user());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
