package org.oursociety.core.area.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.oursociety.core.area.domain.Area;
import org.oursociety.core.area.domain.ModuleState;
import org.oursociety.core.area.infrastructure.ModuleSwitchRepository;
import org.oursociety.core.audit.application.AuditLog;
import org.oursociety.core.audit.domain.AuditActions;
import org.oursociety.core.platform.CoreRefusal;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.security.PortalUser;

/** Switching modules on and off per area; every WAR sees a change within its area refresh (2 s). */
@ApplicationScoped
public class ModuleSwitchService {

    @Inject
    AreaService areas;

    @Inject
    AuditLog audit;

    @Inject
    ModuleSwitchRepository switches;

    /** Sets the area's own switch for a module; {@code descendants} says whether it reaches the areas below. */
    @Transactional
    public Area set(PortalUser actor, String slug, String moduleId, boolean enabled, boolean descendants) {
        Area area = areas.existing(slug, "area");
        areas.require(actor, AreaAccess.SWITCH_MODULES, area);
        requireRegistered(moduleId);
        if (area.isArchived()) {
            throw CoreRefusal.conflict("module.archived-area", slug);
        }
        switches.set(area.id(), moduleId, enabled, descendants, actor.id());
        audit.record(AuditActions.AREA_MODULE_SWITCHED, AreaService.target(area), Map.of("module", moduleId,
                "switch", enabled ? "on" : "off", "descendants", Boolean.toString(descendants)));
        return area;
    }

    /** Removes the area's own switch, so it follows the areas above it again. */
    @Transactional
    public Area inherit(PortalUser actor, String slug, String moduleId) {
        Area area = areas.existing(slug, "area");
        areas.require(actor, AreaAccess.SWITCH_MODULES, area);
        requireRegistered(moduleId);
        switches.clear(area.id(), moduleId);
        audit.record(AuditActions.AREA_MODULE_SWITCHED, AreaService.target(area), Map.of("module", moduleId, "switch", "inherited"));
        return area;
    }

    /** Every module that ever registered, running or not, by navigation order: the columns of the switch grid. */
    public List<ModuleState> registeredModules() {
        return switches.registeredModules();
    }

    private void requireRegistered(String moduleId) {
        if (!switches.isRegistered(moduleId)) {
            throw CoreRefusal.badInput("module.unknown", moduleId);
        }
    }
}
