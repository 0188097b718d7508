package org.oursociety.portal.api.internal.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which migrations a WAR carries, read from its class path without Flyway (for the restart's quick check). */
class SchemaMigratorTest {

    @TempDir
    Path classes;

    @Test
    void versionsAreReadFromTheFileNamesAsFlywayWritesThem() throws IOException {
        migrations("V1__first.sql", "V2_1__second.sql", "V10__tenth.sql");

        assertThat(SchemaMigrator.carriedVersions(loader(), "demo")).contains(Set.of("1", "2.1", "10"));
    }

    @Test
    void anythingButPlainVersionedMigrationsIsLeftToFlyway() throws IOException {
        migrations("V1__first.sql", "R__view.sql");

        assertThat(SchemaMigrator.carriedVersions(loader(), "demo")).isEmpty();
        assertThat(SchemaMigrator.carriedVersions(loader(), "none")).as("no such location").isEmpty();
        assertThat(SchemaMigrator.carriedVersions(loader(), "Demo; drop")).isEmpty();
    }

    private void migrations(String... names) throws IOException {
        Path dir = Files.createDirectories(classes.resolve("db/migration/demo"));
        for (String name : names) {
            Files.writeString(dir.resolve(name), "select 1;");
        }
    }

    private ClassLoader loader() throws IOException {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, null);
    }
}
