package org.oursociety.core.roles.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.oursociety.core.area.application.AreaService;
import org.oursociety.core.area.domain.Area;
import org.oursociety.core.audit.application.AuditLog;
import org.oursociety.core.audit.domain.AuditActions;
import org.oursociety.core.audit.domain.AuditTarget;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.area.AreaRole;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.core.platform.CoreRefusal;

/**
 * Granting and revoking roles per area. Moderators of an area are appointed by those holding
 * {@code area.roles} there (its admins and admins above); area admins only by those holding
 * {@code area.admins} (admins of an area strictly above, and platform admins), so nobody appoints
 * peers to their own area or removes themselves from it.
 *
 * <p>Grants and revocations are serialised by one advisory lock, and each re-reads the roles before
 * checking the caller: an admin whose role was revoked a moment ago cannot grant in the seconds
 * before every WAR's cached picture would have caught up. Repeats change nothing and are not audited.
 */
@ApplicationScoped
public class AreaRoleService {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    AreaService areas;

    @Inject
    AreaAccess access;

    @Inject
    AuditLog audit;

    /** Who holds which role in the area or above it; for those who may grant moderators there. */
    public List<RoleHolder> holders(PortalUser actor, String slug) {
        Area area = existing(slug);
        if (!access.can(actor, AreaAccess.GRANT_ROLES, area.slug())) {
            throw CoreRefusal.forbidden("role.list-not-allowed", slug);
        }
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
                .setParameter(1, area.id().toString()).getResultList();
        return rows.stream().map(r -> new RoleHolder((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], ((Number) r[5]).intValue() > 0, (String) r[6])).toList();
    }

    /** Grants the role; {@code false} when the user held it already (nothing changes then). */
    @Transactional
    public boolean grant(PortalUser actor, String slug, String userId, String roleId) {
        Change change = checked(actor, slug, userId, roleId);
        if (change.area().isArchived()) {
            throw CoreRefusal.conflict("role.archived-area", slug);
        }
        int inserted = em.createNativeQuery("""
                        insert into core.area_role (area_id, user_id, role, granted_at, granted_by)
                        values (cast(?1 as uuid), cast(?2 as uuid), ?3, now(), cast(?4 as uuid))
                        on conflict do nothing""")
                .setParameter(1, change.area().id().toString()).setParameter(2, change.user().id())
                .setParameter(3, change.role().id()).setParameter(4, actor.id().toString())
                .executeUpdate();
        if (inserted > 0) {
            audit.record(AuditActions.AREA_ROLE_GRANTED, change.target(), Map.of("area", slug, "role", change.role().id()));
        }
        return inserted > 0;
    }

    /** Revokes the role; {@code false} when the user did not hold it there. */
    @Transactional
    public boolean revoke(PortalUser actor, String slug, String userId, String roleId) {
        Change change = checked(actor, slug, userId, roleId);
        int deleted = em.createNativeQuery("""
                        delete from core.area_role where area_id = cast(?1 as uuid) and user_id = cast(?2 as uuid)
                        and role = ?3""")
                .setParameter(1, change.area().id().toString()).setParameter(2, change.user().id())
                .setParameter(3, change.role().id()).executeUpdate();
        if (deleted > 0) {
            audit.record(AuditActions.AREA_ROLE_REVOKED, change.target(), Map.of("area", slug, "role", change.role().id()));
        }
        return deleted > 0;
    }

    /** The live account with this email, for pages where admins type an address. */
    public Optional<String> userIdByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createNativeQuery("select cast(id as text) from core.user_account where email = ?1 and deleted_at is null")
                .setParameter(1, email.strip().toLowerCase(Locale.ROOT)).getResultStream()
                .map(String.class::cast).findFirst();
    }

    /** The permission that grants or revokes this role in an area. */
    public static String permissionFor(AreaRole role) {
        return role == AreaRole.AREA_ADMIN ? AreaAccess.APPOINT_ADMINS : AreaAccess.GRANT_ROLES;
    }

    /**
     * Checks in the order that tells the caller most without telling strangers anything: the area
     * (404), the role (400), the caller's power (403), then the user (400).
     */
    private Change checked(PortalUser actor, String slug, String userId, String roleId) {
        Area area = existing(slug);
        AreaRole role = AreaRole.byId(roleId).orElseThrow(() -> CoreRefusal.badInput("role.unknown", roleId));
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('core.area_role'))").getSingleResult();
        access.refreshNow();
        if (!access.can(actor, permissionFor(role), area.slug())) {
            throw CoreRefusal.forbidden(role == AreaRole.AREA_ADMIN ? "role.admins-not-allowed" : "role.moderators-not-allowed",
                    slug);
        }
        return new Change(area, role, user(userId));
    }

    private Account user(String userId) {
        UUID id;
        try {
            id = UUID.fromString(userId);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw CoreRefusal.badInput("role.not-a-user-id", userId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select cast(id as text), email from core.user_account where id = cast(?1 as uuid)
                        and deleted_at is null""")
                .setParameter(1, id.toString()).getResultList();
        return rows.stream().map(row -> new Account((String) row[0], (String) row[1])).findFirst()
                .orElseThrow(() -> CoreRefusal.badInput("role.unknown-user", userId));
    }

    private Area existing(String slug) {
        return areas.bySlug(slug).orElseThrow(() -> CoreRefusal.notFound("area.unknown", slug));
    }

    private record Account(String id, String email) {
    }

    private record Change(Area area, AreaRole role, Account user) {
        AuditTarget target() {
            return AuditTarget.of("user", user.id(), user.email());
        }
    }
}
