package org.oursociety.forum.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oursociety.portal.api.module.Grantee;
import org.oursociety.portal.api.module.ModuleDescriptor;
import org.oursociety.portal.api.module.ModuleStartup;
import org.oursociety.portal.api.module.PermissionDeclaration;
import org.oursociety.portal.api.startup.StartupState;

/** Migrates the forum schema and registers the module with the core. */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ForumStartup {

    /** Hide, lock and move topics and posts in an area; moderators and area admins of it or above hold it. */
    public static final String MODERATE = "forum.moderate";

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    StartupState state;

    @Inject
    @ConfigProperty(name = "portal.module.version", defaultValue = "unknown")
    String version;

    @Inject
    @ConfigProperty(name = "portal.http.port", defaultValue = "8080")
    int httpPort;

    private ModuleDescriptor descriptor;

    @PostConstruct
    void start() {
        descriptor = new ModuleDescriptor("forum", "Forum", "/forum", version, 10, List.of(
                new PermissionDeclaration(MODERATE, Grantee.MODERATOR, Grantee.AREA_ADMIN)));
        ModuleStartup.start(descriptor, dataSource, ForumStartup.class.getClassLoader(), state, scheduler, httpPort);
    }

    @PreDestroy
    void stop() {
        ModuleStartup.stop(descriptor, dataSource);
    }
}
