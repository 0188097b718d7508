package org.oursociety.core.area.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.oursociety.core.area.domain.Area;
import org.oursociety.core.audit.application.AuditLog;
import org.oursociety.core.audit.domain.AuditActions;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.core.platform.CoreRefusal;

/** Switching modules on and off per area; every WAR sees a change within its area refresh (2 s). */
@ApplicationScoped
public class ModuleSwitchService {

    @Inject
    AreaService areas;

    @Inject
    AuditLog audit;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    /** Sets the area's own switch for a module; {@code descendants} says whether it reaches the areas below. */
    @Transactional
    public Area set(PortalUser actor, String slug, String moduleId, boolean enabled, boolean descendants) {
        Area area = areas.existing(slug, "area");
        areas.require(actor, AreaAccess.SWITCH_MODULES, area);
        requireRegistered(moduleId);
        if (area.isArchived()) {
            throw CoreRefusal.conflict("module.archived-area", slug);
        }
        em.createNativeQuery("""
                        insert into core.area_module (area_id, module_id, enabled, descendants, changed_at, changed_by)
                        values (cast(?1 as uuid), ?2, ?3, ?4, now(), cast(?5 as uuid))
                        on conflict (area_id, module_id) do update set enabled = excluded.enabled,
                            descendants = excluded.descendants, changed_at = now(), changed_by = excluded.changed_by""")
                .setParameter(1, area.id().toString()).setParameter(2, moduleId).setParameter(3, enabled)
                .setParameter(4, descendants).setParameter(5, actor.id().toString())
                .executeUpdate();
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
        em.createNativeQuery("delete from core.area_module where area_id = cast(?1 as uuid) and module_id = ?2")
                .setParameter(1, area.id().toString()).setParameter(2, moduleId).executeUpdate();
        audit.record(AuditActions.AREA_MODULE_SWITCHED, AreaService.target(area), Map.of("module", moduleId, "switch", "inherited"));
        return area;
    }

    /** A module that has registered at some time, and how lately it said it was up. */
    public record ModuleState(String id, String name, boolean active, OffsetDateTime lastSeenAt)
            implements java.io.Serializable {
    }

    /** Every module that ever registered, running or not, by navigation order: the columns of the switch grid. */
    public List<ModuleState> registeredModules() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select id, name, active, to_char(coalesce(last_seen_at, started_at) at time zone 'UTC',
                            'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                        from core.module_registration order by nav_order, name""").getResultList();
        return rows.stream().map(r -> new ModuleState((String) r[0], (String) r[1], (Boolean) r[2],
                OffsetDateTime.parse((String) r[3]))).toList();
    }

    private void requireRegistered(String moduleId) {
        Number known = (Number) em.createNativeQuery("select count(*) from core.module_registration where id = ?1")
                .setParameter(1, moduleId).getSingleResult();
        if (known.intValue() == 0) {
            throw CoreRefusal.badInput("module.unknown", moduleId);
        }
    }
}
