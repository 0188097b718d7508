package org.oursociety.core.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.internal.module.ModuleRegistry;
import org.oursociety.portal.api.internal.startup.SchemaMigrator;
import org.oursociety.portal.api.module.Grantee;
import org.oursociety.portal.api.module.ModuleDescriptor;
import org.oursociety.portal.api.module.PermissionDeclaration;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.testing.MutableClock;
import org.oursociety.portal.api.testing.TestDatabase;

/** {@link AreaAccess} reading roles, areas and declared permissions from a real, migrated core schema. */
class AreaAccessIT {

    private static TestDatabase db;
    private static DataSource ds;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final MutableClock clock = MutableClock.atNow();
    private AreaAccess access;
    private String a;
    private String child;
    private String b;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.create();
        ds = db.dataSource();
        SchemaMigrator.migrate(ds, "core", AreaAccessIT.class.getClassLoader());
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void areasOfThisTestAlone() throws SQLException {
        // Each test its own top area (under the one authority the schema allows), so no test leans on
        // areas another test made, and "above A" is an area that certainly exists.
        String top = area("top-" + run, rootId());
        a = area("a-" + run, top);
        child = area("child-" + run, a);
        b = area("b-" + run, top);
        access = new AreaAccess(ds, clock);
    }

    @Test
    void anAreaAdminOfAManagesAAndItsChildButNotB() throws SQLException {
        PortalUser admin = user();
        grant(a, admin, "area-admin");

        assertThat(access.can(admin, AreaAccess.MANAGE_AREA, "a-" + run)).isTrue();
        assertThat(access.can(admin, AreaAccess.SWITCH_MODULES, "child-" + run)).isTrue();
        assertThat(access.can(admin, AreaAccess.RESHAPE_AREA, "child-" + run)).isTrue();
        assertThat(access.can(admin, AreaAccess.RESHAPE_AREA, "a-" + run)).isFalse();
        assertThat(access.can(admin, AreaAccess.MANAGE_AREA, "b-" + run)).isFalse();
        assertThat(access.knowsArea("top-" + run)).as("the area above A exists").isTrue();
        assertThat(access.can(admin, AreaAccess.MANAGE_AREA, "top-" + run)).as("nor the area above A").isFalse();
    }

    @Test
    void grantsAndRevocationsAreSeenWithinTheRefreshAndNotBefore() throws SQLException {
        PortalUser admin = user();
        assertThat(access.can(admin, AreaAccess.MANAGE_AREA, "a-" + run)).isFalse();

        grant(a, admin, "area-admin");
        assertThat(access.can(admin, AreaAccess.MANAGE_AREA, "a-" + run)).as("cached").isFalse();
        clock.advance(AreaAccess.MAX_AGE.plusMillis(1));
        assertThat(access.can(admin, AreaAccess.MANAGE_AREA, "a-" + run)).isTrue();

        execute("delete from core.area_role where user_id = '" + admin.id() + "'");
        clock.advance(AreaAccess.MAX_AGE.plusMillis(1));
        assertThat(access.can(admin, AreaAccess.MANAGE_AREA, "a-" + run)).isFalse();
    }

    @Test
    void anAreaCreatedAMomentAgoIsFoundWithoutWaitingForTheRefresh() throws SQLException {
        PortalUser admin = user();
        grant(a, admin, "area-admin");
        assertThat(access.can(admin, AreaAccess.MANAGE_AREA, "a-" + run)).isTrue();

        area("new-" + run, child);
        clock.advance(Duration.ofMillis(300));

        assertThat(access.can(admin, AreaAccess.MANAGE_AREA, "new-" + run)).isTrue();
        assertThat(access.knowsArea("new-" + run)).isTrue();
        assertThat(access.knowsArea("atlantis-" + run)).isFalse();
    }

    @Test
    void aDisabledOrDeletedAccountsRolesLieDormant() throws SQLException {
        PortalUser disabled = user();
        grant(a, disabled, "area-admin");
        execute("update core.user_account set disabled_at = now() where id = '" + disabled.id() + "'");

        assertThat(access.can(disabled, AreaAccess.MANAGE_AREA, "a-" + run)).isFalse();
    }

    @Test
    void modulesDeclareTheirPermissionsWhenTheyRegisterAndLoseThemWhenTheyStopDeclaring() throws SQLException {
        PortalUser moderator = user();
        grant(a, moderator, "moderator");
        ModuleRegistry registry = new ModuleRegistry(ds);
        registry.register(new ModuleDescriptor("forum", "Forum", "/forum", "1.0", 10, List.of(
                new PermissionDeclaration("forum.moderate", Grantee.MODERATOR, Grantee.AREA_ADMIN))));

        assertThat(access.can(moderator, "forum.moderate", "child-" + run)).isTrue();
        assertThat(access.can(moderator, "forum.moderate", "b-" + run)).isFalse();
        assertThat(access.can(moderator, AreaAccess.MANAGE_AREA, "a-" + run)).as("no core power").isFalse();
        assertThat(access.permissions(moderator, "a-" + run)).containsExactly("forum.moderate");
        assertThat(registry.declaredPermissions().get("forum")).containsExactly(
                new PermissionDeclaration("forum.moderate", Set.of(Grantee.MODERATOR, Grantee.AREA_ADMIN)));

        registry.register(new ModuleDescriptor("forum", "Forum", "/forum", "1.1", 10));
        clock.advance(AreaAccess.MAX_AGE.plusMillis(1));
        assertThat(access.can(moderator, "forum.moderate", "child-" + run)).isFalse();
    }

    @Test
    void aPermissionForVerifiedResidentsIsNotGivenWithoutAVerifiedResidence() throws SQLException {
        PortalUser resident = user();
        new ModuleRegistry(ds).register(new ModuleDescriptor("budget", "Budget", "/budget", "1.0", 20, List.of(
                new PermissionDeclaration("budget.vote", Grantee.VERIFIED_RESIDENT))));

        assertThat(access.can(resident, "budget.vote", "a-" + run)).isFalse();
    }

    @Test
    void theTablesRefuseWhatTheCodeNeverWrites() throws SQLException {
        PortalUser user = user();
        assertThatThrownBy(() -> grant(a, user, "emperor")).isInstanceOf(SQLException.class);
        execute("insert into core.module_registration (id, name, context_path, version, active, started_at)"
                + " values ('chess', 'Chess', '/chess', '1', true, now()) on conflict do nothing");
        assertThatThrownBy(() -> execute("insert into core.module_permission values ('chess', 'area.manage', 'moderator')"))
                .as("a module cannot declare the core's permissions").isInstanceOf(SQLException.class);
        grant(a, user, "moderator");
        assertThatThrownBy(() -> grant(a, user, "moderator")).as("one grant per user, role and area")
                .isInstanceOf(SQLException.class);
    }

    private String rootId() throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             var rows = s.executeQuery("select id from core.area where parent_id is null")) {
            if (rows.next()) {
                return rows.getString(1);
            }
        }
        String id = UUID.randomUUID().toString();
        execute("insert into core.area (id, slug, name, type) values ('" + id + "', 'authority-" + run
                + "', 'Authority', 'authority')");
        return id;
    }

    private String area(String slug, String parentId) throws SQLException {
        String id = UUID.randomUUID().toString();
        execute("insert into core.area (id, parent_id, slug, name, type) values ('" + id + "', '" + parentId + "', '"
                + slug + "', '" + slug + "', 'ward')");
        return id;
    }

    private PortalUser user() throws SQLException {
        UUID id = UUID.randomUUID();
        String email = id + "@example.org";
        execute("insert into core.user_account (id, email, display_name, password_hash, confirmed) values ('" + id
                + "', '" + email + "', 'Someone', 'x', true)");
        Instant now = Instant.now();
        return new PortalUser(id, email, "Someone", Set.of("resident"), "s-" + id, "csrf", now, now,
                now.plusSeconds(600), true);
    }

    private void grant(String areaId, PortalUser user, String role) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into core.area_role (area_id, user_id, role) values (?::uuid, ?, ?)")) {
            s.setString(1, areaId);
            s.setObject(2, user.id());
            s.setString(3, role);
            s.executeUpdate();
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
