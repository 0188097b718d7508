package org.oursociety.forum.platform;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import org.oursociety.portal.api.module.Grantee;
import org.oursociety.portal.api.module.ModuleDescriptor;
import org.oursociety.portal.api.module.ModuleStartup;
import org.oursociety.portal.api.module.PermissionDeclaration;

/** Migrates the forum schema and registers the module with the core. */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ForumStartup extends ModuleStartup {

    /** Hide, lock and move topics and posts in an area; moderators and area admins of it or above hold it. */
    public static final String MODERATE = "forum.moderate";

    @Override
    protected ModuleDescriptor describe(String version) {
        return new ModuleDescriptor("forum", "Forum", "/forum", version, 10, List.of(
                new PermissionDeclaration(MODERATE, Grantee.MODERATOR, Grantee.AREA_ADMIN)));
    }
}
