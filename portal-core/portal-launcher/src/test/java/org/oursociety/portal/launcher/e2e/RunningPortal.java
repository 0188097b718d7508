package org.oursociety.portal.launcher.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The real portal, started the way a council's IT team starts it: {@code java -jar portal.jar},
 * configured only by environment variables, in its own process.
 */
public final class RunningPortal implements AutoCloseable {

    public static final String ADMIN_EMAIL = "first.admin@example.org";
    public static final String ADMIN_PASSWORD = "first-admin-password-2026";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(15); // seven builds share two cores on the build machine

    private final Process process;
    private final int port;
    private final Path dataDir;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch ready = new CountDownLatch(1);
    private final Thread reader;

    private RunningPortal(Process process, int port, Path dataDir) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
        reader = new Thread(this::readOutput, "portal-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the portal with the demo and the first administrator, and waits until it says it is ready. */
    public static RunningPortal start(Path dataDir) throws IOException, InterruptedException {
        return start(dataDir, freePort());
    }

    public static RunningPortal start(Path dataDir, int port) throws IOException, InterruptedException {
        return start(dataDir, port, Map.of());
    }

    /** As {@link #start(Path, int)}, with more environment variables (the SMTP server, say). */
    public static RunningPortal start(Path dataDir, int port, Map<String, String> variables)
            throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-jar", launcherJar().toString(), "--demo");
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("PORTAL_"));
        env.put("PORTAL_PORT", Integer.toString(port));
        env.put("PORTAL_DATA_DIR", dataDir.toString());
        env.put("PORTAL_ADMIN_EMAIL", ADMIN_EMAIL);
        env.put("PORTAL_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // Every test signs in from 127.0.0.1: their deliberate failures together would trip the per-address
        // limit meant for one attacker. The limit itself is tested in SignInThrottleIT against the database.
        env.put("PORTAL_SIGNIN_ADDRESS_FAILURES", "1000");
        env.putAll(variables);
        builder.redirectErrorStream(true);
        RunningPortal portal = new RunningPortal(builder.start(), port, dataDir);
        if (!portal.ready.await(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            portal.close();
            throw new IllegalStateException("The portal did not start within " + START_TIMEOUT + ":\n" + portal.output());
        }
        return portal;
    }

    /** Runs the launcher with these variables until it exits by itself, as it must when it cannot start. */
    public static Finished runUntilExit(Map<String, String> variables) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-jar", launcherJar().toString());
        builder.environment().keySet().removeIf(key -> key.startsWith("PORTAL_"));
        builder.environment().putAll(variables);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The launcher did not give up within 60 s");
        }
        return new Finished(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /** How a launcher run ended. */
    public record Finished(int exitCode, String output) {
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    public Process process() {
        return process;
    }

    /** A connection to the portal's embedded PostgreSQL, found through its postmaster.pid. */
    public Connection database() throws IOException, SQLException {
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).trim() + "/portal", "postgres", "");
    }

    /** Stops the portal as an operator would (SIGTERM) and returns its exit code. */
    public int stop() throws InterruptedException {
        // Through the handle: Process.destroy() would also close the pipe and lose the last lines.
        process.toHandle().destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The portal did not stop within 90 s:\n" + output());
        }
        reader.join(5_000);
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    private void readOutput() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.add(line);
                System.out.println("[portal] " + line);
                if (line.startsWith("Our Society is ready at")) {
                    ready.countDown();
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path launcherJar() {
        String jar = System.getProperty("portal.launcher.jar", "target/portal.jar");
        Path path = Path.of(jar).toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("Build the launcher first; no " + path);
        }
        return path;
    }
}
