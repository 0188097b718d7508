package org.oursociety.portal.api.internal.startup;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates one WAR's own schema with Flyway: migrations under {@code db/migration/<schema>}, history
 * in {@code <schema>.flyway_schema_history}. Flyway's advisory lock makes concurrent starts safe.
 */
public final class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");
    private static final Pattern SCHEMA = Pattern.compile("[a-z][a-z0-9_]*");

    private SchemaMigrator() {
    }

    /** The class loader must be the WAR's, or Flyway finds neither the migrations nor its PostgreSQL support. */
    public static MigrateResult migrate(DataSource dataSource, String schema, ClassLoader classLoader) {
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .table("flyway_schema_history")
                .locations("classpath:db/migration/" + schema)
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    /**
     * What a WAR does at start: {@link #migrate} unless the schema's history already holds, successfully,
     * exactly the versions this WAR carries (a restart). Starting Flyway costs 1-2 s per WAR even with
     * nothing to do (its classes, its scan, its checks); one query says the same. What is given up on a
     * restart is Flyway's check that applied files were not edited since, which it still makes whenever
     * a WAR brings a new migration. Anything unusual (a failed or unknown version, a repeatable migration,
     * migrations that cannot be listed) goes to Flyway.
     */
    public static void migrateUnlessUpToDate(DataSource dataSource, String schema, ClassLoader classLoader) {
        Optional<Set<String>> carried = carriedVersions(classLoader, schema);
        if (carried.isPresent() && applied(dataSource, schema).equals(carried)) {
            // Same words as Flyway's, which bench/startup.sh looks for.
            LOG.log(Level.INFO, "Schema \"{0}\" is up to date. No migration necessary (checked without Flyway).", schema);
            return;
        }
        migrate(dataSource, schema, classLoader);
    }

    /** The versions of the WAR's migrations; empty when they cannot be listed or one is not a plain versioned one. */
    static Optional<Set<String>> carriedVersions(ClassLoader classLoader, String schema) {
        URL location = classLoader.getResource("db/migration/" + schema);
        if (location == null || !SCHEMA.matcher(schema).matches()) {
            return Optional.empty();
        }
        try {
            List<String> names = switch (location.getProtocol()) {
                case "file" -> {
                    try (Stream<Path> files = Files.list(Path.of(location.toURI()))) {
                        yield files.map(p -> p.getFileName().toString()).toList();
                    }
                }
                case "jar" -> {
                    JarURLConnection connection = (JarURLConnection) location.openConnection();
                    connection.setUseCaches(false);
                    String prefix = connection.getEntryName() + "/";
                    try (JarFile jar = connection.getJarFile()) {
                        yield jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(prefix) && n.length() > prefix.length())
                                .map(n -> n.substring(prefix.length())).toList();
                    }
                }
                default -> null;
            };
            if (names == null || names.isEmpty()) {
                return Optional.empty();
            }
            Set<String> versions = new HashSet<>();
            for (String name : names) {
                Matcher m = VERSIONED.matcher(name);
                if (!m.matches()) {
                    return Optional.empty();
                }
                versions.add(m.group(1).replace('_', '.'));
            }
            return Optional.of(versions);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The versions applied successfully; empty when there is no history or any entry failed. */
    static Optional<Set<String>> applied(DataSource dataSource, String schema) {
        if (!SCHEMA.matcher(schema).matches()) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("select version, success from " + schema
                     + ".flyway_schema_history where version is not null")) {
            Set<String> versions = new HashSet<>();
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return Optional.empty();
                }
                versions.add(rows.getString(1));
            }
            return Optional.of(versions);
        } catch (SQLException e) {
            return Optional.empty(); // no history yet: Flyway creates it
        }
    }
}
