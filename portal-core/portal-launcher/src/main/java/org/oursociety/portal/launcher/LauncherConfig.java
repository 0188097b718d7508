package org.oursociety.portal.launcher;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the launcher reads from its arguments and environment ({@code PORTAL_*}). Everything else
 * (sign-in, first admin, mail) is read by the WARs themselves through MicroProfile Config.
 */
public record LauncherConfig(int port, Path dataDir, Optional<ExternalDatabase> database, boolean demo,
                             int startTimeoutSeconds, String heap, Optional<ClusterSettings> cluster) {

    /** Payara's maximum heap unless {@code PORTAL_HEAP} says otherwise: enough for a council's traffic (docs/DEPLOY). */
    static final String DEFAULT_HEAP = "768m";
    private static final java.util.regex.Pattern HEAP = java.util.regex.Pattern.compile("[1-9][0-9]*[mMgG]");

    /** A PostgreSQL server run by someone else. */
    public record ExternalDatabase(String url, String user, String password) {
    }

    public static LauncherConfig from(String[] args, Map<String, String> env) throws LaunchException {
        List<String> arguments = Arrays.asList(args);
        for (String argument : arguments) {
            if (!argument.equals("--demo")) {
                throw new LaunchException("Unknown argument " + argument + "; the only argument is --demo."
                        + " Everything else is set with PORTAL_* environment variables (see the README).");
            }
        }
        int port = intValue(env, "PORTAL_PORT", 8080);
        if (port < 1 || port > 65535) {
            throw new LaunchException("PORTAL_PORT must be between 1 and 65535, not " + port + ".");
        }
        Path dataDir = Path.of(env.getOrDefault("PORTAL_DATA_DIR", "data")).toAbsolutePath().normalize();
        Optional<ExternalDatabase> database = Optional.ofNullable(blankToNull(env.get("PORTAL_DB_URL")))
                .map(url -> new ExternalDatabase(url, env.getOrDefault("PORTAL_DB_USER", ""),
                        env.getOrDefault("PORTAL_DB_PASSWORD", "")));
        if (database.isPresent() && !database.get().url().startsWith("jdbc:postgresql:")) {
            throw new LaunchException("PORTAL_DB_URL must be a PostgreSQL JDBC URL such as "
                    + "jdbc:postgresql://db.example.org:5432/portal.");
        }
        boolean demo = arguments.contains("--demo") || Boolean.parseBoolean(env.getOrDefault("PORTAL_DEMO", "false"));
        String heap = Optional.ofNullable(blankToNull(env.get("PORTAL_HEAP"))).map(String::trim).orElse(DEFAULT_HEAP);
        if (!HEAP.matcher(heap).matches()) {
            throw new LaunchException("PORTAL_HEAP must be a size such as 768m or 2g, not \"" + heap + "\".");
        }
        Optional<ClusterSettings> cluster = ClusterSettings.from(env, database.isPresent(), port);
        return new LauncherConfig(port, dataDir, database, demo, intValue(env, "PORTAL_START_TIMEOUT", 300), heap, cluster);
    }

    private static int intValue(Map<String, String> env, String name, int defaultValue) throws LaunchException {
        String value = blankToNull(env.get(name));
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new LaunchException(name + " must be a whole number, not \"" + value + "\".");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
