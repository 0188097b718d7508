package org.oursociety.core.area.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.oursociety.core.area.domain.ModuleState;

/**
 * {@code core.area_module} (each area's own switches) and what {@code core.module_registration} says
 * about the modules, in the caller's transaction. A switch is one row per area and module, written as
 * {@code insert ... on conflict do update}, so two admins switching at once leave one of their choices.
 */
@ApplicationScoped
public class ModuleSwitchRepository {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    public void set(UUID areaId, String moduleId, boolean enabled, boolean descendants, UUID changedBy) {
        em.createNativeQuery("""
                        insert into core.area_module (area_id, module_id, enabled, descendants, changed_at, changed_by)
                        values (cast(?1 as uuid), ?2, ?3, ?4, now(), cast(?5 as uuid))
                        on conflict (area_id, module_id) do update set enabled = excluded.enabled,
                            descendants = excluded.descendants, changed_at = now(), changed_by = excluded.changed_by""")
                .setParameter(1, areaId.toString()).setParameter(2, moduleId).setParameter(3, enabled)
                .setParameter(4, descendants).setParameter(5, changedBy.toString())
                .executeUpdate();
    }

    /** Removes the area's own switch. */
    public void clear(UUID areaId, String moduleId) {
        em.createNativeQuery("delete from core.area_module where area_id = cast(?1 as uuid) and module_id = ?2")
                .setParameter(1, areaId.toString()).setParameter(2, moduleId).executeUpdate();
    }

    /** Every module that ever registered, running or not, by navigation order. */
    public List<ModuleState> registeredModules() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select id, name, active, to_char(coalesce(last_seen_at, started_at) at time zone 'UTC',
                            'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                        from core.module_registration order by nav_order, name""").getResultList();
        return rows.stream().map(r -> new ModuleState((String) r[0], (String) r[1], (Boolean) r[2],
                OffsetDateTime.parse((String) r[3]))).toList();
    }

    public boolean isRegistered(String moduleId) {
        Number known = (Number) em.createNativeQuery("select count(*) from core.module_registration where id = ?1")
                .setParameter(1, moduleId).getSingleResult();
        return known.intValue() > 0;
    }
}
