package org.oursociety.budget.platform;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.oursociety.budget.round.application.RoundService;
import org.oursociety.portal.api.module.Grantee;
import org.oursociety.portal.api.module.ModuleDescriptor;
import org.oursociety.portal.api.module.ModuleStartup;
import org.oursociety.portal.api.module.PermissionDeclaration;
import org.oursociety.portal.api.schedule.ClusterOnce;

/**
 * Migrates the budget schema, registers the module with its permissions, and once a minute moves
 * rounds whose dates have come (on one instance at a time).
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BudgetStartup extends ModuleStartup {

    @Inject
    ClusterOnce once;

    @Inject
    RoundService rounds;

    @Inject
    BudgetDemo demo;

    @Override
    protected ModuleDescriptor describe(String version) {
        return new ModuleDescriptor("budget", "Participatory budget", "/budget", version, 20, List.of(
                // Create rounds, review proposals, move phases, post delivery updates.
                new PermissionDeclaration(BudgetText.MANAGE, Grantee.AREA_ADMIN),
                // Enter paper ballots; area admins by default, staff can be given it as moderators later.
                new PermissionDeclaration(BudgetText.ENTER_PAPER, Grantee.AREA_ADMIN)));
    }

    @Override
    protected void whenReady() {
        demo.loadOnFirstStart();
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    void moveRoundsByDate() {
        once.run("budget.phase-by-date", rounds::advanceDueRounds);
    }
}
