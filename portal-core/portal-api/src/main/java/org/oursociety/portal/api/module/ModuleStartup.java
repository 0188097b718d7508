package org.oursociety.portal.api.module;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oursociety.portal.api.internal.module.ModuleRegistry;
import org.oursociety.portal.api.internal.startup.FirstStartLock;
import org.oursociety.portal.api.internal.startup.SchemaMigrator;
import org.oursociety.portal.api.internal.startup.ServingProbe;
import org.oursociety.portal.api.internal.startup.StartupState;

/**
 * What every module WAR does when it starts: migrate its schema, then, once its URLs answer,
 * register in the core's registry. If the core has not created the registry yet (another start order, another instance),
 * registration is retried until it succeeds instead of failing the deployment.
 *
 * <p>A module extends this with a {@code @Startup @Singleton} (transactions NOT_SUPPORTED, since
 * Flyway manages its own) that only says what it is, in {@link #describe(String)}.
 */
public abstract class ModuleStartup {

    private static final Logger LOG = Logger.getLogger(ModuleStartup.class.getName());
    private static final long RETRY_SECONDS = 5;
    private static final long HEARTBEAT_SECONDS = 60;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    StartupState state;

    @Inject
    ModuleRegistry registry;

    @Inject
    @ConfigProperty(name = "portal.module.version", defaultValue = "unknown")
    String version;

    @Inject
    @ConfigProperty(name = "portal.http.port", defaultValue = "8080")
    int httpPort;

    private ModuleDescriptor descriptor;

    /** The module's id, name, context path, navigation order and permissions, with the build's version. */
    protected abstract ModuleDescriptor describe(String version);

    /**
     * Runs once the module is migrated, serving and registered, on a managed thread without a
     * transaction: load the demo on first start ({@code portal.demo}), start timers that need the schema.
     * Call a {@code @Transactional} bean from here; the default does nothing.
     */
    protected void whenReady() {
    }

    // Lifecycle methods need names no other method has: the EJB container looks them up by name.
    @PostConstruct
    void startModule() {
        descriptor = describe(version);
        migrateThenRegister(descriptor, dataSource, registry, getClass().getClassLoader(), state, scheduler, httpPort,
                this::readyHook);
    }

    private void readyHook() {
        try {
            // Instances of a cluster start together; their "load it if it is not there" must not interleave.
            FirstStartLock.exclusively(dataSource, descriptor.id(), this::whenReady);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Module " + descriptor.id() + " failed in its start-up work", e);
        }
    }

    @PreDestroy
    void stopModule() {
        withdraw(descriptor, registry);
    }

    private static void migrateThenRegister(ModuleDescriptor module, DataSource dataSource, ModuleRegistry registry,
                              ClassLoader classLoader,
                              StartupState state, ManagedScheduledExecutorService scheduler, int httpPort,
                              Runnable whenReady) {
        state.starting(module.id());
        try {
            SchemaMigrator.migrateUnlessUpToDate(dataSource, schemaOf(module), classLoader);
        } catch (RuntimeException e) {
            state.failed(module.id(), "schema migration failed: " + e.getMessage());
            throw e;
        }
        new ServingProbe(httpPort, module.contextPath(), "/api/me", scheduler)
                .whenServing(() -> register(module, registry, state, scheduler, whenReady));
    }

    private static void withdraw(ModuleDescriptor module, ModuleRegistry registry) {
        try {
            registry.withdraw(module.id());
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not withdraw module {0} from the registry: {1}",
                    new Object[]{module.id(), e.getMessage()});
        }
    }

    private static void register(ModuleDescriptor module, ModuleRegistry registry, StartupState state,
                                 ManagedScheduledExecutorService scheduler, Runnable whenReady) {
        try {
            registry.register(module);
            whenReady.run();
            state.ready(module.id());
            scheduler.scheduleAtFixedRate(() -> heartbeat(module, registry), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS,
                    TimeUnit.SECONDS);
            LOG.log(Level.INFO, "Module {0} {1} registered at {2}",
                    new Object[]{module.id(), module.version(), module.contextPath()});
        } catch (SQLException e) {
            state.failed(module.id(), "not registered yet: " + e.getMessage());
            LOG.log(Level.WARNING, "Module {0} could not register ({1}); retrying in {2} s",
                    new Object[]{module.id(), e.getMessage(), RETRY_SECONDS});
            scheduler.schedule(() -> register(module, registry, state, scheduler, whenReady), RETRY_SECONDS,
                    TimeUnit.SECONDS);
        }
    }

    private static void heartbeat(ModuleDescriptor module, ModuleRegistry registry) {
        try {
            registry.seen(module.id());
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Module {0} could not report that it is up: {1}", new Object[]{module.id(), e.getMessage()});
        }
    }

    private static String schemaOf(ModuleDescriptor module) {
        return module.contextPath().substring(1);
    }
}
