package org.oursociety.core.roles.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.oursociety.core.roles.domain.RoleHolder;

/**
 * {@code core.area_role}, in the caller's transaction: grants as {@code insert ... on conflict do
 * nothing} (a repeat changes nothing), revocations, who holds roles in an area and above it (the areas
 * above come from {@code AreaAccess.selfAndAbove}: the tree is walked in one place), and the accounts roles
 * are given to.
 */
@ApplicationScoped
public class AreaRoleRepository {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    /** A live account a role can be given to. */
    public record Account(String id, String email) {
    }

    /**
     * Who holds which role in these areas, nearest first (then by role and email).
     *
     * @param selfAndAbove the slugs of an area and of the areas above it, nearest first ({@code
     *                     AreaAccess.selfAndAbove}); a holder's position there is how far above they hold it
     */
    public List<RoleHolder> holders(List<String> selfAndAbove) {
        if (selfAndAbove.isEmpty()) {
            return List.of();
        }
        String slugs = IntStream.rangeClosed(1, selfAndAbove.size()).mapToObj(i -> "?" + i).collect(Collectors.joining(", "));
        Query query = em.createNativeQuery("""
                select cast(u.id as text), u.email, u.display_name, r.role, a.slug,
                    to_char(r.granted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                from core.area_role r
                join core.area a on a.id = r.area_id
                join core.user_account u on u.id = r.user_id
                where u.deleted_at is null and a.slug in (""" + slugs + ")");
        for (int i = 0; i < selfAndAbove.size(); i++) {
            query.setParameter(i + 1, selfAndAbove.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .sorted(Comparator.<Object[]>comparingInt(r -> selfAndAbove.indexOf((String) r[4]))
                        .thenComparing(r -> (String) r[3]).thenComparing(r -> (String) r[1]))
                .map(r -> new RoleHolder((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        selfAndAbove.indexOf((String) r[4]) > 0, (String) r[5]))
                .toList();
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
