package org.oursociety.directory.platform;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.oursociety.portal.api.module.ModuleDescriptor;
import org.oursociety.portal.api.module.ModuleStartup;

/** Migrates the directory schema and registers the module with the core. */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DirectoryStartup extends ModuleStartup {

    @Override
    protected ModuleDescriptor describe(String version) {
        return new ModuleDescriptor("directory", "Directory", "/directory", version, 30);
    }
}
