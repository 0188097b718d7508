package org.oursociety.portal.api.module;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The registry of module WARs in {@code core.module_registration}. A module registers itself when
 * it starts and withdraws when it stops; navigation lists the registered ones.
 */
public class ModuleRegistry {

    private final DataSource dataSource;

    public ModuleRegistry(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void register(ModuleDescriptor module) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement upsert = c.prepareStatement("""
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
