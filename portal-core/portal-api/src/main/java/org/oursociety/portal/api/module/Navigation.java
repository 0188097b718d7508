package org.oursociety.portal.api.module;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The header's module links ({@code #{portalNav.modules}}), read from the registry once per page.
 *
 * <p>Not cached across requests: the registry is a handful of rows, and a cache in one WAR cannot
 * see another WAR register. A cache filled by a 404 page during start-up (a module's URL answered
 * by the core while that module was still deploying) once hid every module for its lifetime.
 */
@Named("portalNav")
@RequestScoped
public class Navigation {

    private static final Logger LOG = Logger.getLogger(Navigation.class.getName());

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    private List<ModuleRegistry.RegisteredModule> modules;

    public List<ModuleRegistry.RegisteredModule> getModules() {
        if (modules == null) {
            modules = load();
        }
        return modules;
    }

    private List<ModuleRegistry.RegisteredModule> load() {
        try {
            return List.copyOf(new ModuleRegistry(dataSource).active());
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Cannot read the module registry: {0}", e.getMessage());
            return List.of();
        }
    }
}
