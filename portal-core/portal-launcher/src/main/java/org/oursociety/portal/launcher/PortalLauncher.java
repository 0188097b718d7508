package org.oursociety.portal.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts the whole portal: PostgreSQL (embedded unless {@code PORTAL_DB_URL} is set), then Payara
 * Micro with the four WARs; prints the address once {@code /health/ready} answers; on SIGTERM or
 * Ctrl-C stops Payara, then PostgreSQL, leaving nothing running and no lock behind.
 */
public final class PortalLauncher {

    /** The exit code main asked for; null when the JVM is ending because of a signal. */
    private static volatile Integer requestedExit;

    private PortalLauncher() {
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int exit;
        try {
            exit = args.length == 1 && args[0].equals("--database-only")
                    ? DatabaseOnly.run(System.getenv())
                    : run(LauncherConfig.from(args, System.getenv()));
        } catch (LaunchException e) {
            System.err.println("Our Society could not start: " + e.getMessage());
            exit = 1;
        }
        requestedExit = exit;
        System.exit(exit);
    }

    static int run(LauncherConfig config) throws LaunchException {
        Installation installation = Installation.besideLauncher();
        FileLock lock = lockDataDirectory(config.dataDir());
        stopWhatAKilledLauncherLeft(config);
        checkPortIsFree(config.port());
        Database database = startDatabase(config);
        PayaraServer payara;
        try {
            System.out.println("Starting Payara Micro with the core, forum, budget and directory (log: "
                    + config.dataDir().resolve("logs/server.log") + ")");
            payara = PayaraServer.start(installation, config, database);
        } catch (LaunchException e) {
            closeQuietly(database);
            throw e;
        }
        AtomicBoolean stopping = new AtomicBoolean();
        Thread shutdown = new Thread(() -> {
            stopping.set(true);
            System.out.println("Stopping Our Society...");
            payara.stop();
            closeQuietly(database);
            releaseQuietly(lock);
            System.out.println("Stopped.");
            System.out.flush();
            System.err.flush();
            // A stop asked for by SIGTERM or Ctrl-C that went cleanly is a success (0), not the JVM's 143/130.
            Runtime.getRuntime().halt(requestedExit == null ? 0 : requestedExit);
        }, "portal-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);

        payara.awaitReady(config.port(), Duration.ofSeconds(config.startTimeoutSeconds()));
        System.out.println("Our Society is ready at http://localhost:" + config.port() + "/");
        try {
            int exit = payara.waitFor();
            if (stopping.get()) {
                return 0;
            }
            System.err.println("Payara Micro stopped unexpectedly (exit code " + exit + "); see " + payara.log());
            return exit == 0 ? 1 : exit;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Holding the data directory's lock, anything still running from it belongs to no live launcher. */
    private static void stopWhatAKilledLauncherLeft(LauncherConfig config) throws LaunchException {
        try {
            StaleProcesses.stopOrphanedPayara(PayaraServer.pidFile(config.dataDir()));
        } catch (IOException e) {
            throw new LaunchException("Cannot check for a Payara left running: " + e.getMessage(), e);
        }
    }

    private static Database startDatabase(LauncherConfig config) throws LaunchException {
        if (config.database().isPresent()) {
            System.out.println("Using the PostgreSQL server at " + config.database().get().url());
            return Database.external(config.database().get());
        }
        Path dir = config.dataDir().resolve("postgres");
        System.out.println("Starting the embedded PostgreSQL (data in " + dir + ")");
        return Database.embedded(dir);
    }

    private static void checkPortIsFree(int port) throws LaunchException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new LaunchException("Port " + port + " is already in use; stop what uses it or set PORTAL_PORT to another port.");
        }
    }

    /** One launcher per data directory; the OS drops the lock when the process dies, so none is ever stale. */
    private static FileLock lockDataDirectory(Path dataDir) throws LaunchException {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve("portal.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new LaunchException("Another Our Society portal is already running with the data directory " + dataDir + ".");
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            throw new LaunchException("Another Our Society portal is already running with the data directory " + dataDir + ".");
        } catch (IOException e) {
            throw new LaunchException("Cannot use the data directory " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Database database) {
        try {
            database.close();
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not stop PostgreSQL cleanly: " + e.getMessage());
        }
    }

    private static void releaseQuietly(FileLock lock) {
        try {
            lock.release();
            lock.channel().close();
        } catch (IOException ignored) {
            // the OS releases it when the process ends
        }
    }
}
