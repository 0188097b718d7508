package org.oursociety.core.roles.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.oursociety.core.area.application.AreaService;
import org.oursociety.core.area.domain.Area;
import org.oursociety.core.audit.application.AuditLog;
import org.oursociety.core.audit.domain.AuditActions;
import org.oursociety.core.audit.domain.AuditTarget;
import org.oursociety.core.platform.CoreRefusal;
import org.oursociety.core.roles.domain.RoleHolder;
import org.oursociety.core.roles.infrastructure.AreaRoleRepository;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.area.AreaRole;
import org.oursociety.portal.api.security.PortalUser;

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

    @Inject
    AreaRoleRepository roles;

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
        return roles.holders(access.selfAndAbove(area.slug()));
    }

    /** Grants the role; {@code false} when the user held it already (nothing changes then). */
    @Transactional
    public boolean grant(PortalUser actor, String slug, String userId, String roleId) {
        Change change = checked(actor, slug, userId, roleId);
        if (change.area().isArchived()) {
            throw CoreRefusal.conflict("role.archived-area", slug);
        }
        boolean granted = roles.grant(change.area().id(), change.user().id(), change.role().id(), actor.id());
        if (granted) {
            audit.record(AuditActions.AREA_ROLE_GRANTED, change.target(), Map.of("area", slug, "role", change.role().id()));
        }
        return granted;
    }

    /** Revokes the role; {@code false} when the user did not hold it there. */
    @Transactional
    public boolean revoke(PortalUser actor, String slug, String userId, String roleId) {
        Change change = checked(actor, slug, userId, roleId);
        boolean revoked = roles.revoke(change.area().id(), change.user().id(), change.role().id());
        if (revoked) {
            audit.record(AuditActions.AREA_ROLE_REVOKED, change.target(), Map.of("area", slug, "role", change.role().id()));
        }
        return revoked;
    }

    /** The live account with this email, for pages where admins type an address. */
    public Optional<String> userIdByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return roles.userIdByEmail(email);
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
        roles.lockRoles();
        access.refreshNow();
        if (!access.can(actor, permissionFor(role), area.slug())) {
            throw CoreRefusal.forbidden(role == AreaRole.AREA_ADMIN ? "role.admins-not-allowed" : "role.moderators-not-allowed",
                    slug);
        }
        return new Change(area, role, user(userId));
    }

    private AreaRoleRepository.Account user(String userId) {
        UUID id;
        try {
            id = UUID.fromString(userId);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw CoreRefusal.badInput("role.not-a-user-id", userId);
        }
        return roles.account(id).orElseThrow(() -> CoreRefusal.badInput("role.unknown-user", userId));
    }

    private Area existing(String slug) {
        return areas.bySlug(slug).orElseThrow(() -> CoreRefusal.notFound("area.unknown", slug));
    }

    private record Change(Area area, AreaRole role, AreaRoleRepository.Account user) {
        AuditTarget target() {
            return AuditTarget.of("user", user.id(), user.email());
        }
    }
}
