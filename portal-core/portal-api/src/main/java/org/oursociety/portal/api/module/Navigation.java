package org.oursociety.portal.api.module;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The header's module links ({@code #{portalNav.modules}}), read from the registry and cached
 * briefly: every page of every WAR shows them, and they change only when a WAR starts or stops.
 */
@Named("portalNav")
@ApplicationScoped
public class Navigation {

    private static final Logger LOG = Logger.getLogger(Navigation.class.getName());
    private static final Duration CACHE_FOR = Duration.ofSeconds(5);

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    private volatile List<ModuleRegistry.RegisteredModule> modules = List.of();
    private volatile Instant loadedAt = Instant.EPOCH;

    public List<ModuleRegistry.RegisteredModule> getModules() {
        if (loadedAt.plus(CACHE_FOR).isBefore(Instant.now())) {
            reload();
        }
        return modules;
    }

    /** Drops the cache so the next page shows a change at once. */
    public void invalidate() {
        loadedAt = Instant.EPOCH;
    }

    private synchronized void reload() {
        if (!loadedAt.plus(CACHE_FOR).isBefore(Instant.now())) {
            return;
        }
        try {
            modules = List.copyOf(new ModuleRegistry(dataSource).active());
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Cannot read the module registry: {0}", e.getMessage());
        }
        loadedAt = Instant.now();
    }
}
