package org.oursociety.core.audit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oursociety.core.audit.domain.AuditActor;
import org.oursociety.core.audit.domain.AuditEntry;
import org.oursociety.core.audit.domain.AuditQuery;
import org.oursociety.core.audit.domain.AuditTarget;
import org.oursociety.core.platform.Page;
import org.oursociety.portal.api.internal.startup.SchemaMigrator;
import org.oursociety.portal.api.testing.TestDatabase;

/** The audit log's table and queries against real PostgreSQL. */
class AuditRepositoryIT {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final AuditActor ADMIN = new AuditActor(UUID.randomUUID(), "admin@example.org", "Ada Admin");
    private static final AuditActor OTHER_ADMIN = new AuditActor(UUID.randomUUID(), "bob@example.org", "Bob 100%_Admin");

    private static TestDatabase db;
    private static DataSource ds;
    private static AuditRepository store;

    @BeforeAll
    static void database() {
        db = TestDatabase.create();
        ds = db.dataSource();
        SchemaMigrator.migrate(ds, "core", AuditRepositoryIT.class.getClassLoader());
        store = new AuditRepository(ds);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void empty() throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("delete from core.audit_entry");
        }
    }

    @Test
    void keepsEveryFieldAndListsNewestFirst() throws SQLException {
        AuditEntry older = entry(T0, ADMIN, "user.disabled", user("ann@example.org"), "{\"sessionsRevoked\":\"2\"}");
        AuditEntry newer = entry(T0.plusSeconds(60), AuditActor.NOBODY, "signin.locked",
                new AuditTarget("email", "x@example.org", "x@example.org"), null);
        store.insert(older);
        store.insert(newer);

        Page<AuditEntry> page = store.find(AuditQuery.ALL, 0, 50);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(AuditEntry::id).containsExactly(newer.id(), older.id());
        AuditEntry read = page.items().get(1);
        assertThat(read.actor()).isEqualTo(ADMIN);
        assertThat(read.target()).isEqualTo(older.target());
        assertThat(read.clientAddress()).isEqualTo("203.0.113.7");
        assertThat(read.occurredAt().toInstant()).isEqualTo(T0);
        assertThat(read.detailsJson()).isEqualTo("{\"sessionsRevoked\": \"2\"}");
        assertThat(page.items().get(0).actor().isNobody()).isTrue();
    }

    @Test
    void filtersByActionActorTargetAndTime() throws SQLException {
        store.insert(entry(T0, ADMIN, "user.disabled", user("ann@example.org"), null));
        store.insert(entry(T0.plus(Duration.ofDays(1)), ADMIN, "user.enabled", user("ann@example.org"), null));
        store.insert(entry(T0.plus(Duration.ofDays(2)), OTHER_ADMIN, "admin.granted", user("carl@example.org"), null));

        assertThat(find(new AuditQuery("user.enabled", null, null, null, null))).containsExactly("user.enabled");
        assertThat(find(new AuditQuery(null, "ADA", null, null, null))).containsExactly("user.enabled", "user.disabled");
        assertThat(find(new AuditQuery(null, OTHER_ADMIN.id().toString(), null, null, null))).containsExactly("admin.granted");
        assertThat(find(new AuditQuery(null, null, "carl@", null, null))).containsExactly("admin.granted");
        assertThat(find(AuditQuery.parse(null, null, null, "2026-03-02", "2026-03-02"))).containsExactly("user.enabled");
        assertThat(find(new AuditQuery("user.disabled", "bob", null, null, null))).isEmpty();
    }

    @Test
    void wildcardsInASearchAreTakenLiterally() throws SQLException {
        store.insert(entry(T0, ADMIN, "user.disabled", user("ann@example.org"), null));
        store.insert(entry(T0, OTHER_ADMIN, "user.enabled", user("ann@example.org"), null));

        assertThat(find(new AuditQuery(null, "100%_", null, null, null))).containsExactly("user.enabled");
        assertThat(find(new AuditQuery(null, "_%", null, null, null))).as("not a wildcard pattern").isEmpty();
    }

    @Test
    void pagesThroughALongLog() throws SQLException {
        for (int i = 0; i < 7; i++) {
            store.insert(entry(T0.plusSeconds(i), ADMIN, "user.enabled", user("u" + i + "@example.org"), null));
        }

        Page<AuditEntry> second = store.find(AuditQuery.ALL, 1, 3);
        Page<AuditEntry> third = store.find(AuditQuery.ALL, 2, 3);

        assertThat(second.items()).extracting(e -> e.target().label())
                .containsExactly("u3@example.org", "u2@example.org", "u1@example.org");
        assertThat(third.items()).hasSize(1);
        assertThat(third.hasNext()).isFalse();
        assertThat(second.total()).isEqualTo(7);
    }

    @Test
    void theDatabaseRefusesMalformedActionsAndDetails() {
        AuditEntry good = entry(T0, ADMIN, "user.enabled", user("a@example.org"), "not json");
        assertThatThrownBy(() -> store.insert(good)).isInstanceOf(SQLException.class);
    }

    private static List<String> find(AuditQuery query) throws SQLException {
        return store.find(query, 0, 50).items().stream().map(AuditEntry::action).toList();
    }

    private static AuditTarget user(String email) {
        return AuditTarget.of("user", UUID.randomUUID(), email);
    }

    private static AuditEntry entry(Instant at, AuditActor actor, String action, AuditTarget target, String details) {
        return new AuditEntry(UUID.randomUUID(), at.atOffset(ZoneOffset.UTC), actor, action, target, "203.0.113.7", details);
    }
}
