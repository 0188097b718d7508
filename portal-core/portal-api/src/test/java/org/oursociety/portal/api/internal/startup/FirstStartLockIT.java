package org.oursociety.portal.api.internal.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oursociety.portal.api.testing.TestDatabase;

/** Two instances' "insert it unless it is there", started at the same moment, insert it once. */
class FirstStartLockIT {

    static TestDatabase db;

    @BeforeAll
    static void start() throws SQLException {
        db = TestDatabase.create();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table seeded (name text primary key)");
        }
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void checkThenInsertRunsOneInstanceAtATime() throws Exception {
        DataSource ds = db.dataSource();
        Callable<Void> instance = () -> {
            FirstStartLock.exclusively(ds, "test", () -> {
                if (count(ds) == 0) {
                    Thread.sleep(300); // the window in which an unlocked second instance would also find nothing
                    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                        s.execute("insert into seeded values ('demo')");
                    }
                }
            });
            return null;
        };
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Void>> starts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                starts.add(pool.submit(instance));
            }
            for (Future<Void> start : starts) {
                start.get(); // a duplicate key would fail one of them
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(count(ds)).isEqualTo(1);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from pg_locks where locktype = 'advisory'"
                     + " and database = (select oid from pg_database where datname = current_database())")) {
            r.next();
            assertThat(r.getLong(1)).as("no lock left behind").isZero();
        }
    }

    private static long count(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from seeded")) {
            r.next();
            return r.getLong(1);
        }
    }
}
