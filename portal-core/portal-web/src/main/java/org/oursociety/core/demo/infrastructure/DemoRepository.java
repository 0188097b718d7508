package org.oursociety.core.demo.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.oursociety.core.area.domain.Area;

/**
 * What the demo writes that no feature's repository offers: every module switched on in an area, and a
 * resident already verified by postcode. Plain SQL on the core's tables, in the caller's transaction.
 */
@ApplicationScoped
public class DemoRepository {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    /** The demo loads only into a portal that has no area yet. */
    public boolean isEmpty() {
        return em.createQuery("select count(a) from Area a", Long.class).getSingleResult() == 0;
    }

    /** Persists the area now: areas below refer to it by id only, so EclipseLink cannot order the inserts. */
    public void add(Area area) {
        em.persist(area);
        em.flush();
    }

    public void switchOn(Area area, String module) {
        em.createNativeQuery("insert into core.area_module (area_id, module_id, enabled) values (cast(?1 as uuid), ?2, true)")
                .setParameter(1, area.id().toString()).setParameter(2, module).executeUpdate();
    }

    /** A verified residence of the user with this email in the ward with this slug (users and wards written first). */
    public void verifyResident(String email, String ward, String postcode) {
        em.flush();
        em.createNativeQuery("insert into core.residence (id, user_id, area_id, area_type, postcode, status, method,"
                        + " claimed_at, decided_at) select gen_random_uuid(), u.id, a.id, 'ward', ?1, 'verified', 'postcode',"
                        + " now(), now() from core.user_account u, core.area a where u.email = ?2 and a.slug = ?3")
                .setParameter(1, postcode).setParameter(2, email).setParameter(3, ward).executeUpdate();
    }
}
