package org.oursociety.directory.platform;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.oursociety.directory.listing.application.DirectoryPermissions;
import org.oursociety.portal.api.module.Grantee;
import org.oursociety.portal.api.module.ModuleDescriptor;
import org.oursociety.portal.api.module.ModuleStartup;
import org.oursociety.portal.api.module.PermissionDeclaration;

/** Migrates the directory schema, registers the module with its permission, then loads the demo. */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DirectoryStartup extends ModuleStartup {

    @Inject
    DirectoryDemo demo;

    @Override
    protected ModuleDescriptor describe(String version) {
        return new ModuleDescriptor("directory", "Directory", "/directory", version, 30,
                List.of(new PermissionDeclaration(DirectoryPermissions.MANAGE, Grantee.AREA_ADMIN)));
    }

    @Override
    protected void whenReady() {
        demo.loadOnFirstStart();
    }
}
