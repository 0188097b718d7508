package org.oursociety.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oursociety.portal.api.internal.startup.SchemaMigrator;
import org.oursociety.portal.api.testing.TestDatabase;

/** The core schema as Flyway builds it, and the rules the database itself enforces. */
class CoreSchemaMigrationIT {

    private static TestDatabase db;
    private static DataSource ds;
    private static MigrateResult first;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.create();
        ds = db.dataSource();
        first = SchemaMigrator.migrate(ds, "core", CoreSchemaMigrationIT.class.getClassLoader());
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void keepsItsHistoryInTheCoreSchema() throws SQLException {
        assertThat(first.success).isTrue();
        assertThat(first.migrationsExecuted).isPositive();
        assertThat(first.schemaName).isEqualTo("core");
        assertThat(count("select count(*) from core.flyway_schema_history where success and version = '1'")).isEqualTo(1);
        assertThat(count("select count(*) from information_schema.tables where table_name = 'flyway_schema_history'"
                + " and table_schema <> 'core'")).isZero();
        assertThat(count("select count(*) from information_schema.tables where table_schema = 'core' and table_name in"
                + " ('user_account', 'user_session', 'signing_key', 'area', 'module_registration')")).isEqualTo(5);
    }

    @Test
    void migratingAgainChangesNothing() throws SQLException {
        long history = count("select count(*) from core.flyway_schema_history");

        MigrateResult again = SchemaMigrator.migrate(ds, "core", getClass().getClassLoader());

        assertThat(again.success).isTrue();
        assertThat(again.migrationsExecuted).isZero();
        assertThat(count("select count(*) from core.flyway_schema_history")).isEqualTo(history);
    }

    @Test
    void aRestartWithEveryMigrationAppliedLeavesTheHistoryAlone() throws SQLException {
        long history = count("select count(*) from core.flyway_schema_history");

        SchemaMigrator.migrateUnlessUpToDate(ds, "core", getClass().getClassLoader());

        assertThat(count("select count(*) from core.flyway_schema_history")).isEqualTo(history);
    }

    @Test
    void emailsAreStoredInLowerCaseOnly() throws SQLException {
        execute("insert into core.user_account (id, email, display_name, password_hash)"
                + " values ('" + UUID.randomUUID() + "', 'lower@example.org', 'Lower', 'x')");

        assertThatThrownBy(() -> execute("insert into core.user_account (id, email, display_name, password_hash)"
                + " values ('" + UUID.randomUUID() + "', 'Mixed@Example.org', 'Mixed', 'x')"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("user_account_email_lower")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23514"));
    }

    @Test
    void anEmailBelongsToOneAccount() throws SQLException {
        execute("insert into core.user_account (id, email, display_name, password_hash)"
                + " values ('" + UUID.randomUUID() + "', 'twice@example.org', 'One', 'x')");

        assertThatThrownBy(() -> execute("insert into core.user_account (id, email, display_name, password_hash)"
                + " values ('" + UUID.randomUUID() + "', 'twice@example.org', 'Two', 'x')"))
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));
    }

    @Test
    void onlyAnAuthorityIsARootAndEveryAuthorityIsOne() throws SQLException {
        UUID authority = UUID.randomUUID();
        execute(area(authority, null, "root-city", "authority"));
        execute(area(UUID.randomUUID(), authority, "root-city-north", "district"));

        assertThatThrownBy(() -> execute(area(UUID.randomUUID(), null, "orphan-ward", "ward")))
                .isInstanceOf(SQLException.class).hasMessageContaining("area_root_is_authority");
        assertThatThrownBy(() -> execute(area(UUID.randomUUID(), authority, "nested-authority", "authority")))
                .isInstanceOf(SQLException.class).hasMessageContaining("area_root_is_authority");
        assertThat(count("select count(*) from core.area where slug like 'root-city%'")).isEqualTo(2);
    }

    @Test
    void areaSlugsTypesAndPostcodesAreChecked() throws SQLException {
        execute(area(UUID.randomUUID(), null, "slug-city", "authority"));

        assertThatThrownBy(() -> execute(area(UUID.randomUUID(), null, "Bad Slug", "authority")))
                .isInstanceOf(SQLException.class).hasMessageContaining("area_slug_format");
        assertThatThrownBy(() -> execute(area(UUID.randomUUID(), null, "slug-city", "authority")))
                .as("slugs are unique: they are in every URL").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> execute(area(UUID.randomUUID(), null, "county-x", "county")))
                .isInstanceOf(SQLException.class);
        UUID city = UUID.randomUUID();
        execute(area(city, null, "postcode-city", "authority"));
        execute("insert into core.area_postcode (area_id, postcode) values ('" + city + "', 'CF10 1AA'), ('" + city + "', 'CF11')");
        assertThatThrownBy(() -> execute("insert into core.area_postcode (area_id, postcode) values ('" + city + "', 'cf10 1aa')"))
                .as("postcodes are stored normalised").isInstanceOf(SQLException.class);
    }

    @Test
    void deletingAnAccountDeletesItsSessions() throws SQLException {
        UUID user = UUID.randomUUID();
        execute("insert into core.user_account (id, email, display_name, password_hash)"
                + " values ('" + user + "', 'gone@example.org', 'Gone', 'x')");
        execute("insert into core.user_session (id, user_id, expires_at) values ('gone-session', '" + user + "',"
                + " now() + interval '1 hour')");

        execute("delete from core.user_account where id = '" + user + "'");

        assertThat(count("select count(*) from core.user_session where id = 'gone-session'")).isZero();
    }

    private static String area(UUID id, UUID parent, String slug, String type) {
        return "insert into core.area (id, parent_id, slug, name, type) values ('" + id + "', "
                + (parent == null ? "null" : "'" + parent + "'") + ", '" + slug + "', 'Name', '" + type + "')";
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
