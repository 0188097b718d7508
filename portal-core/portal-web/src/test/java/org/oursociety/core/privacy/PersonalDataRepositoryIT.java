package org.oursociety.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oursociety.core.identity.domain.UserSession;
import org.oursociety.core.privacy.domain.Erasure;
import org.oursociety.core.privacy.domain.MailRecord;
import org.oursociety.core.privacy.domain.SessionRecord;
import org.oursociety.core.privacy.infrastructure.PersonalDataRepository;
import org.oursociety.portal.api.internal.security.RevocationList;
import org.oursociety.portal.api.internal.startup.SchemaMigrator;
import org.oursociety.portal.api.privacy.MemberNames;
import org.oursociety.portal.api.testing.TestDatabase;

/** A resident's data in the core schema: what the export holds, and what deleting the account leaves. */
class PersonalDataRepositoryIT {

    private static final String HASH = "PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA==";

    private static TestDatabase db;
    private static DataSource ds;
    private static PersonalDataRepository store;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.create();
        ds = db.dataSource();
        SchemaMigrator.migrate(ds, "core", PersonalDataRepositoryIT.class.getClassLoader());
        store = new PersonalDataRepository(ds);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void theExportHoldsTheAccountWithoutItsSecrets() throws SQLException {
        UUID ann = account("ann.export@example.org", "Ann Export");

        Map<String, Object> account = store.account(ann).orElseThrow();

        assertThat(account).containsEntry("email", "ann.export@example.org").containsEntry("display_name", "Ann Export")
                .containsEntry("confirmed", true).containsEntry("platform_admin", false)
                .containsEntry("id", ann.toString()).containsKeys("created_at", "deleted_at");
        assertThat(account.get("created_at")).isInstanceOf(Instant.class);
        assertThat(account).doesNotContainKeys("password_hash", "version");
        assertThat(account.values()).doesNotContain(HASH);
    }

    @Test
    void aColumnAddedByALaterMigrationIsExportedAndErasedWithoutChangingTheStore() throws SQLException {
        execute("alter table core.user_account add column if not exists nickname text");
        execute("alter table core.user_account add column if not exists reset_token text");
        UUID bea = account("bea.columns@example.org", "Bea");
        execute("update core.user_account set nickname = 'Bee', reset_token = 'secret-link' where id = '" + bea + "'");

        Map<String, Object> account = store.account(bea).orElseThrow();
        assertThat(account).containsEntry("nickname", "Bee").doesNotContainKey("reset_token");

        assertThat(store.erase(bea, hash -> true)).isEqualTo(Erasure.ERASED);
        assertThat(row(bea)).containsEntry("nickname", null).containsEntry("reset_token", null);
    }

    @Test
    void theExportListsSessionsWithoutTokenMaterialAndOnlyTheirOwnMails() throws SQLException {
        UUID cal = account("cal.mails@example.org", "Cal");
        UUID other = account("someone.else@example.org", "Someone");
        String active = session(cal, "1 hour");
        String ended = session(cal, "1 hour");
        execute("update core.user_session set revoked_at = now() where id = '" + ended + "'");
        session(other, "1 hour");
        mail("Cal.Mails@Example.org", "Confirm your address", "registration", true);
        mail("cal.mails@example.org", "Reset your password", "password-reset", false);
        mail("someone.else@example.org", "Not for Cal", "registration", false);

        List<SessionRecord> sessions = store.sessions(cal);
        List<MailRecord> mails = store.mails("cal.mails@example.org");

        assertThat(sessions).hasSize(2).allSatisfy(s -> assertThat(s.createdAt()).isNotNull());
        assertThat(sessions).filteredOn(s -> s.revokedAt() != null).hasSize(1);
        assertThat(sessions.toString()).doesNotContain(active).doesNotContain(ended);
        assertThat(mails).extracting(MailRecord::subject)
                .containsExactlyInAnyOrder("Confirm your address", "Reset your password");
        assertThat(mails).filteredOn(m -> m.sentAt() != null).extracting(MailRecord::kind).containsExactly("registration");
    }

    @Test
    void deletingTheAccountErasesItsPersonalDataAndKeepsATombstone() throws SQLException {
        UUID dee = account("dee.delete@example.org", "Dee Delete");
        execute("update core.user_account set platform_admin = true where id = '" + dee + "'");
        Map<String, Object> before = row(dee);

        assertThat(store.erase(dee, HASH::equals)).isEqualTo(Erasure.ERASED);

        Map<String, Object> after = row(dee);
        assertThat(after).containsEntry("email", null).containsEntry("display_name", null)
                .containsEntry("password_hash", null).containsEntry("platform_admin", false)
                .containsEntry("id", dee.toString()).containsEntry("created_at", before.get("created_at"));
        assertThat(after.get("deleted_at")).isNotNull();
        assertThat(store.account(dee)).as("a deleted account exports nothing").isEmpty();
        assertThat(store.erase(dee, hash -> true)).as("nothing left to delete").isEqualTo(Erasure.NO_ACCOUNT);
    }

    @Test
    void deletingTheAccountRevokesEverySessionForEveryWar() throws SQLException {
        UUID eve = account("eve.sessions@example.org", "Eve");
        String first = session(eve, "1 hour");
        String second = session(eve, "2 hours");
        RevocationList everyWar = new RevocationList(ds, Clock.systemUTC(), Duration.ZERO);
        assertThat(everyWar.isRevoked(first)).isFalse();

        store.erase(eve, hash -> true);

        assertThat(everyWar.isRevoked(first)).isTrue();
        assertThat(everyWar.isRevoked(second)).isTrue();
    }

    @Test
    void pendingConfirmationResetAndEmailChangeLinksDieWithTheAccount() throws SQLException {
        UUID gil = account("gil.links@example.org", "Gil");
        execute("insert into core.account_token (id, user_id, purpose, token_hash, new_email, created_at, expires_at) values "
                + "('" + UUID.randomUUID() + "', '" + gil + "', 'change-email', '" + "a".repeat(64) + "', 'gil.new@example.org', now(), now() + interval '1 day'), "
                + "('" + UUID.randomUUID() + "', '" + gil + "', 'reset-password', '" + "b".repeat(64) + "', null, now(), now() + interval '1 hour')");

        store.erase(gil, hash -> true);

        assertThat(count("select count(*) from core.account_token where user_id = '" + gil + "'"))
                .as("no link can write an address back onto the tombstone").isZero();
    }

    @Test
    void theAddressIsFreeForANewAccountAtOnceAndItsMailsAreGone() throws SQLException {
        UUID fay = account("fay.reuse@example.org", "Fay");
        mail("fay.reuse@example.org", "Confirm your address", "registration", false);
        mail("fay.reuse@example.org", "Welcome", "welcome", true);
        mail("other.fay@example.org", "Somebody else's", "registration", false);

        store.erase(fay, hash -> true);

        assertThat(count("select count(*) from core.mail_outbox where recipient = 'fay.reuse@example.org'")).isZero();
        assertThat(count("select count(*) from core.mail_outbox where recipient = 'other.fay@example.org'")).isEqualTo(1);
        UUID again = account("fay.reuse@example.org", "Fay Again");
        assertThat(store.account(again).orElseThrow()).containsEntry("email", "fay.reuse@example.org");
    }

    @Test
    void aWrongPasswordChangesNothing() throws SQLException {
        UUID gil = account("gil.wrong@example.org", "Gil");
        String session = session(gil, "1 hour");
        mail("gil.wrong@example.org", "Confirm your address", "registration", false);
        Map<String, Object> before = row(gil);

        assertThat(store.erase(gil, hash -> false)).isEqualTo(Erasure.WRONG_PASSWORD);

        assertThat(row(gil)).isEqualTo(before);
        assertThat(new RevocationList(ds, Clock.systemUTC(), Duration.ZERO).isRevoked(session)).isFalse();
        assertThat(count("select count(*) from core.mail_outbox where recipient = 'gil.wrong@example.org'")).isEqualTo(1);
    }

    @Test
    void aFailureHalfWayLeavesNothingHalfDone() throws SQLException {
        UUID hal = account("hal.failure@example.org", "Hal");
        String session = session(hal, "1 hour");
        Map<String, Object> before = row(hal);

        assertThatThrownBy(() -> store.erase(hal, hash -> {
            throw new IllegalStateException("the password check broke");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(row(hal)).isEqualTo(before);
        assertThat(new RevocationList(ds, Clock.systemUTC(), Duration.ZERO).isRevoked(session)).isFalse();
    }

    @Test
    void aDeletedAuthorIsNamedAsAFormerMember() throws SQLException {
        UUID ivy = account("ivy.names@example.org", "Ivy");
        UUID jon = account("jon.names@example.org", "Jon");
        Instant beforeDeletion = Instant.now().minusSeconds(5);
        store.erase(ivy, hash -> true);

        MemberNames names = new MemberNames(ds);
        Map<UUID, String> found = names.displayNames(Set.of(ivy, jon, UUID.randomUUID()));

        assertThat(found).hasSize(2).containsEntry(ivy, null).containsEntry(jon, "Jon");
        assertThat(names.deletedSince(beforeDeletion)).contains(ivy).doesNotContain(jon);
    }

    @Test
    void theDatabaseRefusesATombstoneThatStillHoldsAnAddress() throws SQLException {
        UUID kim = account("kim.check@example.org", "Kim");

        assertThatThrownBy(() -> execute("update core.user_account set deleted_at = now() where id = '" + kim + "'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("user_account_live_or_erased");
    }

    private static UUID account(String email, String name) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = ds.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into core.user_account (id, email, display_name, password_hash, confirmed) values (?, ?, ?, ?, true)")) {
            insert.setObject(1, id);
            insert.setString(2, email);
            insert.setString(3, name);
            insert.setString(4, HASH);
            insert.executeUpdate();
        }
        return id;
    }

    private static String session(UUID user, String expiresIn) throws SQLException {
        String id = UserSession.randomToken();
        try (Connection c = ds.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into core.user_session (id, user_id, expires_at) values (?, ?, now() + cast(? as interval))")) {
            insert.setString(1, id);
            insert.setObject(2, user);
            insert.setString(3, expiresIn);
            insert.executeUpdate();
        }
        return id;
    }

    private static void mail(String recipient, String subject, String kind, boolean sent) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement insert = c.prepareStatement("""
                insert into core.mail_outbox (id, recipient, subject, text_body, kind, created_at, next_attempt_at, sent_at)
                values (?, ?, ?, 'Follow https://portal.example/confirm?token=secret', ?, now(), now(),
                        case when ? then now() end)""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, recipient);
            insert.setString(3, subject);
            insert.setString(4, kind);
            insert.setBoolean(5, sent);
            insert.executeUpdate();
        }
    }

    private static Map<String, Object> row(UUID id) throws SQLException {
        try (Connection c = ds.getConnection();
             PreparedStatement select = c.prepareStatement("select * from core.user_account where id = ?")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    Object value = rows.getObject(i);
                    row.put(rows.getMetaData().getColumnName(i), value == null ? null : value instanceof Boolean ? value : value.toString());
                }
                return row;
            }
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); ResultSet rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.execute();
        }
    }

}
