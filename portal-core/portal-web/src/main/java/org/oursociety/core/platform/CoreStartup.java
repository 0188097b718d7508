package org.oursociety.core.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oursociety.core.demo.application.DemoData;
import org.oursociety.core.identity.application.AdminBootstrap;
import org.oursociety.portal.api.internal.security.SigningKeys;
import org.oursociety.portal.api.internal.startup.FirstStartLock;
import org.oursociety.portal.api.internal.startup.SchemaMigrator;
import org.oursociety.portal.api.internal.startup.ServingProbe;
import org.oursociety.portal.api.internal.startup.StartupState;

/** Brings the core up: schema, signing key, first administrator, demo. */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CoreStartup {

    private static final Logger LOG = Logger.getLogger(CoreStartup.class.getName());

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    SigningKeys signingKeys;

    @Inject
    AdminBootstrap adminBootstrap;

    @Inject
    DemoData demoData;

    @Inject
    StartupState state;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "portal.http.port", defaultValue = "8080")
    int httpPort;

    private volatile Instant startedAt = Instant.now();

    @PostConstruct
    void start() {
        state.starting("core");
        try {
            SchemaMigrator.migrateUnlessUpToDate(dataSource, "core", CoreStartup.class.getClassLoader());
            startedAt = databaseNow();
            // Instances of a cluster start together; their "create it if it is not there" must not interleave.
            FirstStartLock.exclusively(dataSource, "core", () -> {
                signingKeys.ensureKey();
                adminBootstrap.createFirstAdmin();
                demoData.loadOnFirstStart();
            });
            new ServingProbe(httpPort, "", "/api/me", scheduler).whenServing(() -> state.ready("core"));
        } catch (SQLException | RuntimeException e) {
            state.failed("core", e.getMessage());
            LOG.log(Level.SEVERE, "The core could not start", e);
            throw new IllegalStateException("The core could not start: " + e.getMessage(), e);
        }
    }

    /** When this core started, by the database's clock, which every module's registration also uses. */
    public Instant startedAt() {
        return startedAt;
    }

    private Instant databaseNow() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select now()")) {
            r.next();
            return r.getTimestamp(1).toInstant();
        }
    }
}
