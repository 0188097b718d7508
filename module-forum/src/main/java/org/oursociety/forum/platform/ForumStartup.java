package org.oursociety.forum.platform;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oursociety.forum.space.application.ForumDemo;
import org.oursociety.portal.api.module.Grantee;
import org.oursociety.portal.api.module.ModuleDescriptor;
import org.oursociety.portal.api.module.ModuleStartup;
import org.oursociety.portal.api.module.PermissionDeclaration;

/** Migrates the forum schema, registers the module with the core and, with {@code portal.demo}, loads the demo forum. */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ForumStartup extends ModuleStartup {

    /** Hide, lock and move topics and posts in an area; moderators and area admins of it or above hold it. */
    public static final String MODERATE = "forum.moderate";
    /** Create, rename, describe, order and archive categories and change the space's settings: area admins. */
    public static final String MANAGE = "forum.manage";

    @Inject
    @ConfigProperty(name = "portal.demo", defaultValue = "false")
    boolean demo;

    @Inject
    ForumDemo demoData;

    @Override
    protected ModuleDescriptor describe(String version) {
        return new ModuleDescriptor("forum", "Forum", "/forum", version, 10, List.of(
                new PermissionDeclaration(MODERATE, Grantee.MODERATOR, Grantee.AREA_ADMIN),
                new PermissionDeclaration(MANAGE, Grantee.AREA_ADMIN)));
    }

    @Override
    protected void whenReady() {
        if (demo) {
            demoData.loadOnce();
        }
    }
}
