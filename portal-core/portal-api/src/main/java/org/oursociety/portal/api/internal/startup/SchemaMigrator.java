package org.oursociety.portal.api.internal.startup;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates one WAR's own schema with Flyway: migrations under {@code db/migration/<schema>}, history
 * in {@code <schema>.flyway_schema_history}. Flyway's advisory lock makes concurrent starts safe.
 */
public final class SchemaMigrator {

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
}
