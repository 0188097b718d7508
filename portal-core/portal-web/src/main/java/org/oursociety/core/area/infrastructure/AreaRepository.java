package org.oursociety.core.area.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oursociety.core.area.domain.Area;

/** Areas in the core schema. */
@ApplicationScoped
public class AreaRepository {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    public List<Area> all() {
        return em.createQuery("select a from Area a", Area.class).getResultList();
    }

    public Optional<Area> byId(UUID id) {
        return Optional.ofNullable(em.find(Area.class, id));
    }

    public Optional<Area> bySlug(String slug) {
        return em.createQuery("select a from Area a where a.slug = :slug", Area.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    /** An area's id and name, for lists to choose from. */
    public record Named(UUID id, String name) {
    }

    /**
     * Every area's id and name, by name. Projections, not entities: EclipseLink 4 cannot build an
     * {@code Area} whose UUID {@code parent_id} is null (the authority).
     */
    public List<Named> names() {
        return em.createQuery("select a.id, a.name from Area a order by a.name", Object[].class).getResultStream()
                .map(row -> new Named((UUID) row[0], (String) row[1])).toList();
    }

    public boolean exists(UUID id) {
        return em.createQuery("select count(a) from Area a where a.id = :id", Long.class)
                .setParameter("id", id).getSingleResult() > 0;
    }

    public boolean slugTaken(String slug) {
        return em.createQuery("select count(a) from Area a where a.slug = :slug", Long.class)
                .setParameter("slug", slug).getSingleResult() > 0;
    }

    public void add(Area area) {
        em.persist(area);
        em.flush();
    }

    /**
     * Serialises changes to the shape of the tree until the transaction ends: two admins moving
     * A under B and B under A at the same moment would otherwise each pass the cycle check.
     */
    public void lockTree() {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('core.area tree'))").getSingleResult();
    }
}
