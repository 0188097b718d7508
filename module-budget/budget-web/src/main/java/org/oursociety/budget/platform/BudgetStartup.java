package org.oursociety.budget.platform;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.oursociety.portal.api.module.ModuleDescriptor;
import org.oursociety.portal.api.module.ModuleStartup;

/** Migrates the budget schema and registers the module with the core. */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BudgetStartup extends ModuleStartup {

    @Override
    protected ModuleDescriptor describe(String version) {
        return new ModuleDescriptor("budget", "Participatory budget", "/budget", version, 20);
    }
}
