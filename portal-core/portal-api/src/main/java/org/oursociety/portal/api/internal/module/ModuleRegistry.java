package org.oursociety.portal.api.internal.module;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.oursociety.portal.api.internal.cache.CacheInvalidation;
import org.oursociety.portal.api.module.Grantee;
import org.oursociety.portal.api.module.ModuleDescriptor;
import org.oursociety.portal.api.module.PermissionDeclaration;

/**
 * The registry of module WARs in {@code core.module_registration}. A module registers itself when
 * it starts and withdraws when it stops ({@link org.oursociety.portal.api.module.ModuleStartup} does both);
 * navigation lists the registered ones. Internal: modules never write here themselves. One bean per WAR,
 * injected wherever the registry is read.
 */
@ApplicationScoped
public class ModuleRegistry {

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    /** For CDI. */
    public ModuleRegistry() {
    }

    /** Outside the container (tests). */
    public ModuleRegistry(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records the module as running, with the permissions it declares now (replacing those of its
     * previous version), in one transaction: nobody sees a module with half its permissions.
     */
    public void register(ModuleDescriptor module) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                upsertRegistration(c, module);
                replacePermissions(c, module);
                c.commit();
                CacheInvalidation.changed(CacheInvalidation.Topic.MODULES);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private static void upsertRegistration(Connection c, ModuleDescriptor module) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("""
                insert into core.module_registration (id, name, context_path, version, nav_order, active, started_at,
                    last_seen_at)
                values (?, ?, ?, ?, ?, true, now(), now())
                on conflict (id) do update set name = excluded.name, context_path = excluded.context_path,
                    version = excluded.version, nav_order = excluded.nav_order, active = true,
                    started_at = now(), stopped_at = null, last_seen_at = now()""")) {
            upsert.setString(1, module.id());
            upsert.setString(2, module.name());
            upsert.setString(3, module.contextPath());
            upsert.setString(4, module.version());
            upsert.setInt(5, module.navOrder());
            upsert.executeUpdate();
        }
    }

    private static void replacePermissions(Connection c, ModuleDescriptor module) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("delete from core.module_permission where module_id = ?")) {
            delete.setString(1, module.id());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement(
                "insert into core.module_permission (module_id, permission, granted_to) values (?, ?, ?)")) {
            for (PermissionDeclaration permission : module.permissions()) {
                for (Grantee grantee : permission.grantedTo()) {
                    insert.setString(1, module.id());
                    insert.setString(2, permission.id());
                    insert.setString(3, grantee.id());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** The permissions each registered module declares, by module id (modules without any are absent). */
    public Map<String, List<PermissionDeclaration>> declaredPermissions() throws SQLException {
        Map<String, Map<String, EnumSet<Grantee>>> rows = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "select module_id, permission, granted_to from core.module_permission order by module_id, permission");
             ResultSet result = select.executeQuery()) {
            while (result.next()) {
                Grantee grantee = Grantee.byId(result.getString(3)).orElse(null);
                if (grantee != null) {
                    rows.computeIfAbsent(result.getString(1), m -> new TreeMap<>())
                            .computeIfAbsent(result.getString(2), p -> EnumSet.noneOf(Grantee.class)).add(grantee);
                }
            }
        }
        Map<String, List<PermissionDeclaration>> declared = new TreeMap<>();
        rows.forEach((module, permissions) -> declared.put(module, permissions.entrySet().stream()
                .map(e -> new PermissionDeclaration(e.getKey(), e.getValue())).toList()));
        return declared;
    }

    /** Says the module is still up; admins see a module whose last sign of life is minutes old. */
    public void seen(String moduleId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement(
                     "update core.module_registration set last_seen_at = now() where id = ? and active")) {
            update.setString(1, moduleId);
            update.executeUpdate();
        }
    }

    public void withdraw(String moduleId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement(
                     "update core.module_registration set active = false, stopped_at = now() where id = ?")) {
            update.setString(1, moduleId);
            update.executeUpdate();
        }
        CacheInvalidation.changed(CacheInvalidation.Topic.MODULES);
    }

    public List<RegisteredModule> active() throws SQLException {
        List<RegisteredModule> modules = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("""
                     select id, name, context_path, version, nav_order, started_at from core.module_registration
                     where active order by nav_order, name""");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                modules.add(new RegisteredModule(
                        new ModuleDescriptor(rows.getString("id"), rows.getString("name"),
                                rows.getString("context_path"), rows.getString("version"), rows.getInt("nav_order")),
                        rows.getTimestamp("started_at").toInstant()));
            }
        }
        return modules;
    }

    /** A module that is up, and since when. */
    public record RegisteredModule(ModuleDescriptor module, Instant startedAt) {
        public String getId() {
            return module.id();
        }

        public String getName() {
            return module.name();
        }

        public String getContextPath() {
            return module.contextPath();
        }
    }
}
