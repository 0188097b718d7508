package org.oursociety.portal.api.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** {@link TestDatabase} itself: what every database test relies on. */
class IsolatedDatabaseIT {

    @Test
    void givesEachInstanceItsOwnEmptyDatabaseAndDropsItOnClose() throws SQLException {
        try (TestDatabase first = TestDatabase.create(); TestDatabase second = TestDatabase.create()) {
            assertThat(first.name()).startsWith("portal_test_").isNotEqualTo(second.name());
            assertThat(query(first.dataSource(), "select current_database()")).isEqualTo(first.name());
            assertThat(query(first.dataSource(), "select count(*) from information_schema.tables where table_schema = 'public'"))
                    .isEqualTo("0");

            execute(first.dataSource(), "create table only_in_first (id int)");
            assertThat(query(second.dataSource(),
                    "select count(*) from information_schema.tables where table_name = 'only_in_first'")).isEqualTo("0");

            first.close();
            first.close();
            assertThat(query(second.dataSource(), "select count(*) from pg_database where datname = '" + first.name() + "'"))
                    .isEqualTo("0");
        }
    }

    @Test
    void sendsStringsUntypedAsThePortalsPoolDoes() throws SQLException {
        try (TestDatabase db = TestDatabase.create()) {
            execute(db.dataSource(), "create table t (id uuid primary key)");
            UUID id = UUID.randomUUID();
            try (Connection c = db.dataSource().getConnection();
                 PreparedStatement insert = c.prepareStatement("insert into t (id) values (?)")) {
                insert.setString(1, id.toString());
                insert.executeUpdate();
            }
            assertThat(query(db.dataSource(), "select id from t")).isEqualTo(id.toString());
        }
    }

    @Test
    void refusesAServerUrlThatIsNotPostgreSql() {
        assertThatThrownBy(() -> TestDatabase.create(Map.of(TestDatabase.URL_VARIABLE, "jdbc:h2:mem:x")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(TestDatabase.URL_VARIABLE);
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String query(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
