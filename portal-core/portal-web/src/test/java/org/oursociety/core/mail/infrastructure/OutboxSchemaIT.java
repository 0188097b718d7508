package org.oursociety.core.mail.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oursociety.core.mail.OutboxRows;
import org.oursociety.core.mail.domain.MailContent;
import org.oursociety.core.mail.domain.OutboxEntry;
import org.oursociety.core.mail.domain.OutboxMail;
import org.oursociety.portal.api.internal.startup.SchemaMigrator;
import org.oursociety.portal.api.testing.TestDatabase;

/** {@code core.mail_outbox} as Flyway builds it: the entity's mapping, its rules, and the admin page's reads. */
class OutboxSchemaIT {

    private static TestDatabase db;
    private static DataSource ds;
    private static OutboxRows rows;
    private static OutboxRepository store;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.create();
        ds = db.dataSource();
        SchemaMigrator.migrate(ds, "core", OutboxSchemaIT.class.getClassLoader());
        rows = new OutboxRows(ds);
        store = new OutboxRepository(ds);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void empty() throws SQLException {
        rows.execute("delete from core.mail_outbox");
    }

    /** JPA writes the rows in the container, where no test of this module runs; this is what keeps it honest. */
    @Test
    void everyColumnOfTheEntityIsInTheTableWithTheSameNullability() throws SQLException {
        Table table = OutboxMail.class.getAnnotation(Table.class);
        assertThat(table.schema()).isEqualTo("core");
        Map<String, Boolean> nullable = columns(table.name());
        Map<String, Boolean> mapped = new HashMap<>();
        for (Field field : OutboxMail.class.getDeclaredFields()) {
            Column column = field.getAnnotation(Column.class);
            if (field.isAnnotationPresent(Id.class)) {
                mapped.put(field.getName(), false);
            } else if (column != null) {
                mapped.put(column.name().isEmpty() ? field.getName() : column.name(), column.nullable());
            }
        }

        assertThat(mapped).isEqualTo(nullable);
    }

    @Test
    void theKindIsAFilterableName() {
        assertThatThrownBy(() -> rows.execute("insert into core.mail_outbox (id, recipient, subject, text_body, kind,"
                + " created_at, next_attempt_at) values ('" + UUID.randomUUID() + "', 'a@example.org', 'S', 'T',"
                + " 'Not A Kind', now(), now())"))
                .isInstanceOf(SQLException.class).hasMessageContaining("mail_outbox_kind_format");
    }

    @Test
    void theAdminPageListsTheNewestFirstAndReadsOneText() throws SQLException {
        Instant start = Instant.parse("2026-01-10T09:00:00Z");
        for (int i = 0; i < 5; i++) {
            rows.insert(new OutboxMail("resident" + i + "@example.org",
                    new MailContent("Mail " + i, "Body " + i, null), "registration", start.plus(Duration.ofMinutes(i))));
        }

        List<OutboxEntry> newest = store.newest(3);

        assertThat(newest).extracting(OutboxEntry::subject).containsExactly("Mail 4", "Mail 3", "Mail 2");
        OutboxEntry first = newest.get(0);
        assertThat(first.recipient()).isEqualTo("resident4@example.org");
        assertThat(first.kind()).isEqualTo("registration");
        assertThat(first.createdAt().toInstant()).isEqualTo(start.plus(Duration.ofMinutes(4)));
        assertThat(first.isSent()).isFalse();
        assertThat(first.attempts()).isZero();
        assertThat(store.textBody(first.id())).contains("Body 4");
        assertThat(store.textBody(UUID.randomUUID())).isEmpty();
        assertThat(store.unsent()).isEqualTo(5);
    }

    private static Map<String, Boolean> columns(String table) throws SQLException {
        Map<String, Boolean> columns = new HashMap<>();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "select column_name, is_nullable from information_schema.columns where table_schema = 'core'"
                        + " and table_name = ?")) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    columns.put(r.getString(1), "YES".equals(r.getString(2)));
                }
            }
        }
        return columns;
    }
}
