package org.oursociety.portal.api.module;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.oursociety.portal.api.area.AreaDirectory;

/**
 * The registered modules the header lists on every page, read at most every {@link AreaDirectory#MAX_AGE}
 * (2 s) rather than once per page: a module that starts or stops shows in every WAR within that time, as
 * module switches do. Never held longer: a list read while modules were still deploying once hid every
 * module from the home page for good (the reason the registry was not cached before). A failed read keeps
 * the last list.
 */
@ApplicationScoped
public class ActiveModules {

    private static final Logger LOG = Logger.getLogger(ActiveModules.class.getName());

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    private volatile List<ModuleRegistry.RegisteredModule> modules = List.of();
    private volatile Instant readAt = Instant.EPOCH;

    public List<ModuleRegistry.RegisteredModule> active() {
        if (readAt.plus(AreaDirectory.MAX_AGE).isAfter(Instant.now())) {
            return modules;
        }
        synchronized (this) {
            if (readAt.plus(AreaDirectory.MAX_AGE).isBefore(Instant.now())) {
                try {
                    modules = List.copyOf(new ModuleRegistry(dataSource).active());
                } catch (SQLException e) {
                    LOG.log(Level.WARNING, "Cannot read the module registry: {0}", e.getMessage());
                }
                readAt = Instant.now();
            }
            return modules;
        }
    }
}
