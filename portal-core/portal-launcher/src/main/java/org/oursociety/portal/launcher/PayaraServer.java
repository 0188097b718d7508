package org.oursociety.portal.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Payara Micro as a child process serving the four WARs. The JDBC pool {@code jdbc/portal} is
 * created by a post-boot command file whose values come from environment variables, so no
 * password is written to disk or shown on a command line. Grizzly refuses a body on DELETE unless
 * told otherwise; {@code DELETE /api/me} carries the password that confirms it.
 */
final class PayaraServer {

    private static final String POST_BOOT = """
            create-jdbc-connection-pool --datasourceclassname=org.postgresql.ds.PGSimpleDataSource --restype=javax.sql.DataSource --steadypoolsize=2 --maxpoolsize=40 --poolresize=2 --isconnectvalidatereq=true --validationmethod=auto-commit --failconnection=true --property=url=${ENV=PORTAL_JDBC_URL}:user=${ENV=PORTAL_JDBC_USER}:password=${ENV=PORTAL_JDBC_PASSWORD}:stringType=unspecified portal-pool
            create-jdbc-resource --connectionpoolid=portal-pool jdbc/portal
            """;

    /**
     * The HTTP listener's settings, applied before it starts: set after boot, each one restarted the running
     * listener, and now and then a restart left none (Payara logs "GrizzlyProxy is NULL" and never answers).
     */
    private static final String PRE_BOOT = """
            set configs.config.server-config.network-config.protocols.protocol.http-listener.http.allow-payload-for-undefined-http-methods=true
            set configs.config.server-config.network-config.protocols.protocol.http-listener.http.server-header=false
            set configs.config.server-config.network-config.protocols.protocol.http-listener.http.xpowered-by=false
            set configs.config.server-config.network-config.protocols.protocol.http-listener.http.trace-enabled=false
            set configs.config.server-config.network-config.protocols.protocol.http-listener.http.scheme-mapping=X-Forwarded-Proto
            set configs.config.server-config.network-config.protocols.protocol.http-listener.http.cookie-same-site-value=Lax
            set configs.config.server-config.network-config.protocols.protocol.http-listener.http.cookie-same-site-enabled=true
            """;

    /**
     * One instance keeps web sessions in memory. Payara's web-container availability is on by default with the
     * Hazelcast store, and with {@code --nohazelcast} every distributable WAR then logged a stack trace
     * ("Hazelcast is not enabled") each time its session manager looked for expired sessions in that store.
     */
    private static final String SINGLE_INSTANCE_PRE_BOOT = """
            set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false
            """;

    /**
     * JSON-P's provider, named. Payara's JSON-P jar has no {@code META-INF/services} entry, so every
     * {@code Json.createParser} or {@code createReader} (each API request body is checked with them) otherwise
     * searched every jar of the WAR for one, then OSGi, before falling back on Parsson: a sixth of a ballot's
     * CPU in Payara. With the property set, {@code JsonProvider.provider()} loads this class directly.
     */
    static final String JSON_PROVIDER = "jakarta.json.provider=org.eclipse.parsson.JsonProviderImpl";

    /** How often the launcher asks {@code /health/ready}: a cheap local request, so often (it was 500 ms, a quarter second lost on average). */
    private static final long READY_POLL_MILLIS = 100;

    /** Lines after which Payara keeps running but the portal can never become ready. */
    private static final Pattern FATAL_SIGNS = Pattern.compile(
            "Exception while loading the app|Boot Command \\S+ failed|GrizzlyProxy is NULL");

    private final Process process;
    private final Path log;
    private final long logStart;
    private final Path pidFile;

    private PayaraServer(Process process, Path log, long logStart, Path pidFile) {
        this.process = process;
        this.log = log;
        this.logStart = logStart;
        this.pidFile = pidFile;
    }

    static PayaraServer start(Installation installation, LauncherConfig config, Database database) throws LaunchException {
        try {
            Path run = Files.createDirectories(config.dataDir().resolve("run"));
            Path logs = Files.createDirectories(config.dataDir().resolve("logs"));
            Path pidFile = pidFile(config.dataDir());
            Path preBoot = run.resolve("pre-boot.asadmin");
            Files.writeString(preBoot, preBootCommands(config), StandardCharsets.UTF_8);
            Path postBoot = run.resolve("post-boot.asadmin");
            Files.writeString(postBoot, POST_BOOT, StandardCharsets.UTF_8);
            Path log = logs.resolve("server.log");
            long logStart = Files.exists(log) ? Files.size(log) : 0;

            ProcessBuilder builder = new ProcessBuilder(command(installation, config, preBoot, postBoot));
            Map<String, String> env = builder.environment();
            // Payara substitutes these into the command before parsing its name=value:name=value list.
            env.put("PORTAL_JDBC_URL", escapeProperty(database.url()));
            env.put("PORTAL_JDBC_USER", escapeProperty(database.user()));
            env.put("PORTAL_JDBC_PASSWORD", escapeProperty(database.password()));
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Process process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()), StandardCharsets.UTF_8);
            return new PayaraServer(process, log, logStart, pidFile);
        } catch (IOException e) {
            throw new LaunchException("Cannot start Payara Micro: " + e.getMessage(), e);
        }
    }

    static String preBootCommands(LauncherConfig config) {
        return config.cluster().isPresent() ? PRE_BOOT : PRE_BOOT + SINGLE_INSTANCE_PRE_BOOT;
    }

    static Path pidFile(Path dataDir) {
        return dataDir.resolve("run").resolve("payara.pid");
    }

    /** Escapes what separates asadmin properties, so a URL's colons or a password's '=' survive. */
    static String escapeProperty(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
    }

    private static List<String> command(Installation installation, LauncherConfig config, Path preBoot, Path postBoot) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xss1m");
        command.add("-Xmx" + config.heap());
        command.add("-Dportal.demo=" + config.demo());
        command.add("-Dportal.http.port=" + config.port());
        command.add("-Dmp.health.default.readiness.empty.response=DOWN");
        command.add("-D" + JSON_PROVIDER);
        if (config.cluster().isPresent()) {
            // Hazelcast binds every interface unless told not to; the data grid belongs on a private one.
            command.add("-Dhazelcast.socket.bind.any=false");
        }
        command.add("-jar");
        command.add(installation.payaraMicro().toString());
        if (config.cluster().isPresent()) {
            command.addAll(clusterOptions(config.cluster().get()));
        } else {
            // No data grid for one instance: --nocluster still starts Hazelcast (listening on *:6900), and
            // Payara ignores --nohazelcast when --nocluster is also given. Without Hazelcast, EJB timers must
            // be non-persistent (they are: schedule.ClusterOnce and the outbox use persistent = false).
            command.add("--nohazelcast");
        }
        // Payara's usage tracking would call out to payara.fish from a council's server.
        command.add("--disablephonehome");
        command.add("--port");
        command.add(Integer.toString(config.port()));
        command.add("--addLibs");
        command.add(installation.jdbcDriver().toString());
        command.add("--prebootcommandfile");
        command.add(preBoot.toString());
        command.add("--postbootcommandfile");
        command.add(postBoot.toString());
        for (Path war : installation.wars()) {
            command.add("--deploy");
            command.add(war.toString());
        }
        return command;
    }

    /**
     * Payara Micro's data grid over TCP with a fixed member list (no multicast), on this instance's private
     * address only. It replicates the web sessions of the distributable WARs (JSF views), so a member's
     * loss loses no view: its backups are on another member.
     */
    static List<String> clusterOptions(ClusterSettings cluster) {
        List<String> options = new ArrayList<>(List.of(
                "--clustermode", "tcpip:" + String.join(",", cluster.members()),
                "--interfaces", cluster.address(),
                "--startport", Integer.toString(cluster.port()),
                "--clustername", cluster.name(),
                "--name", cluster.instance()));
        if (!cluster.hostAware()) {
            options.add("--nohostaware");
        }
        return options;
    }

    /** Waits until {@code /health/ready} answers 200, or fails if Payara stops or the time runs out. */
    void awaitReady(int port, Duration timeout) throws LaunchException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://127.0.0.1:" + port + "/health/ready");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new LaunchException("Payara Micro stopped while starting (exit code " + process.exitValue()
                        + "). The end of " + log + ":\n" + tail());
            }
            if (logShowsFatalError()) {
                throw new LaunchException("A web application failed to start; see " + log + ". Its end:\n" + tail());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LaunchException("Interrupted while waiting for the portal to start.");
            }
            sleep(READY_POLL_MILLIS);
        }
        throw new LaunchException("The portal was not ready after " + timeout.toSeconds() + " s; see " + log + ".");
    }

    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** SIGTERM lets Payara undeploy cleanly; a Payara that hangs is killed after a grace period. */
    void stop() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a stale pid file is checked against the live process at the next start
        }
    }

    Path log() {
        return log;
    }

    private boolean logShowsFatalError() {
        try {
            return FATAL_SIGNS.matcher(readLogSinceStart()).find();
        } catch (IOException e) {
            return false;
        }
    }

    private String readLogSinceStart() throws IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) Math.min(logStart, all.length), (int) Math.max(0, all.length - logStart),
                StandardCharsets.UTF_8);
    }

    private String tail() {
        try {
            List<String> lines = readLogSinceStart().lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
        } catch (IOException e) {
            return "(cannot read the log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
