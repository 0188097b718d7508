package org.oursociety.directory.follow.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oursociety.portal.api.internal.startup.SchemaMigrator;
import org.oursociety.portal.api.testing.TestDatabase;

/** Following in PostgreSQL: a deleted account's follows and notices are erased, and nobody else's. */
class FollowStoreIT {

    private static TestDatabase db;
    private static FollowStore store;

    @BeforeAll
    static void migrate() throws Exception {
        db = TestDatabase.create();
        SchemaMigrator.migrate(db.dataSource(), "directory", FollowStoreIT.class.getClassLoader());
        store = new FollowStore(db.dataSource());
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into directory.organization (id, area_slug, name, document, created_at, updated_at, last_verified_at)"
                        + " values ('org-1', 'riverside', 'Riverside Food Bank', '{}', now(), now(), now())")) {
            s.executeUpdate();
        }
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void forgettingADeletedAccountErasesItsFollowsAndNoticesOnly() {
        UUID deleted = UUID.randomUUID();
        UUID staying = UUID.randomUUID();
        Instant now = Instant.now();
        store.follow("org-1", deleted, "immediate", now);
        store.follow("org-1", staying, "daily", now);
        UUID news = store.news("org-1", "offer", "offer-1", "Spare chairs", "/directory/riverside/", now).orElseThrow();
        assertThat(store.notify(news, "org-1", now)).hasSize(2);

        assertThat(store.forget(List.of(deleted))).isEqualTo(1);

        assertThat(store.follows("org-1", deleted)).isFalse();
        assertThat(store.notices(deleted, 10)).isEmpty();
        assertThat(store.follows("org-1", staying)).isTrue();
        assertThat(store.notices(staying, 10)).extracting(FollowStore.Notice::title).containsExactly("Spare chairs");
        assertThat(store.forget(List.of())).isZero();
    }
}
