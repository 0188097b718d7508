package org.oursociety.core.roles.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.oursociety.core.roles.domain.RoleHolder;

/**
 * {@code core.area_role}, in the caller's transaction: grants as {@code insert ... on conflict do
 * nothing} (a repeat changes nothing), revocations, who holds roles in an area and above it, and the
 * accounts roles are given to.
 */
@ApplicationScoped
public class AreaRoleRepository {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    /** A live account a role can be given to. */
    public record Account(String id, String email) {
    }

    /** Who holds which role in the area or in an area above it, nearest first. */
    public List<RoleHolder> holders(UUID areaId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        with recursive up (id, depth) as (
                            select id, 0 from core.area where id = cast(?1 as uuid)
                            union all
                            select a.parent_id, up.depth + 1 from core.area a join up on a.id = up.id
                            where a.parent_id is not null)
                        select cast(u.id as text), u.email, u.display_name, r.role, a.slug, up.depth,
                            to_char(r.granted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                        from up join core.area_role r on r.area_id = up.id
                        join core.area a on a.id = r.area_id
                        join core.user_account u on u.id = r.user_id
                        where u.deleted_at is null
                        order by up.depth, r.role, u.email""")
                .setParameter(1, areaId.toString()).getResultList();
        return rows.stream().map(r -> new RoleHolder((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], ((Number) r[5]).intValue() > 0, (String) r[6])).toList();
    }

    /** {@code true} when the grant is new. */
    public boolean grant(UUID areaId, String userId, String role, UUID grantedBy) {
        return em.createNativeQuery("""
                        insert into core.area_role (area_id, user_id, role, granted_at, granted_by)
                        values (cast(?1 as uuid), cast(?2 as uuid), ?3, now(), cast(?4 as uuid))
                        on conflict do nothing""")
                .setParameter(1, areaId.toString()).setParameter(2, userId)
                .setParameter(3, role).setParameter(4, grantedBy.toString())
                .executeUpdate() > 0;
    }

    /** {@code true} when the user held the role there. */
    public boolean revoke(UUID areaId, String userId, String role) {
        return em.createNativeQuery("""
                        delete from core.area_role where area_id = cast(?1 as uuid) and user_id = cast(?2 as uuid)
                        and role = ?3""")
                .setParameter(1, areaId.toString()).setParameter(2, userId)
                .setParameter(3, role).executeUpdate() > 0;
    }

    /** Serialises grants and revocations until the transaction ends. */
    public void lockRoles() {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('core.area_role'))").getSingleResult();
    }

    /** The live account with this email (as typed: trimmed, any case). */
    public Optional<String> userIdByEmail(String email) {
        return em.createNativeQuery("select cast(id as text) from core.user_account where email = ?1 and deleted_at is null")
                .setParameter(1, email.strip().toLowerCase(Locale.ROOT)).getResultStream()
                .map(String.class::cast).findFirst();
    }

    public Optional<Account> account(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select cast(id as text), email from core.user_account where id = cast(?1 as uuid)
                        and deleted_at is null""")
                .setParameter(1, id.toString()).getResultList();
        return rows.stream().map(row -> new Account((String) row[0], (String) row[1])).findFirst();
    }
}
