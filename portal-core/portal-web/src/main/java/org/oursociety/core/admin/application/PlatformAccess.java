package org.oursociety.core.admin.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oursociety.core.identity.infrastructure.UserRepository;
import org.oursociety.core.platform.CoreRefusal;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.security.Roles;

/**
 * The sibling of {@link org.oursociety.portal.api.area.AreaAccess} for what is not about an area: whether
 * someone may run the whole platform (users, the audit log, the outbox, creating the authority). Every
 * such decision of the core goes through here; nothing else reads {@link Roles#PLATFORM_ADMIN}.
 *
 * <p>The token's role is checked first and then the account itself (one primary-key read), so a revoked
 * or disabled admin loses the power at once, before their token expires.
 */
@ApplicationScoped
public class PlatformAccess {

    @Inject
    UserRepository users;

    /** For CDI. */
    public PlatformAccess() {
    }

    /** Outside the container (tests). */
    public PlatformAccess(UserRepository users) {
        this.users = users;
    }

    public boolean isPlatformAdmin(PortalUser user) {
        return user != null && user.hasRole(Roles.PLATFORM_ADMIN)
                && users.byId(user.id()).filter(a -> a.isPlatformAdmin() && !a.isDisabled()).isPresent();
    }

    /** Refuses with 401 (no one signed in) or 403 (not a platform admin). */
    public void require(PortalUser user) {
        if (user == null) {
            throw Refusal.signInFirst();
        }
        if (!isPlatformAdmin(user)) {
            throw notAdmin();
        }
    }

    public static Refusal notAdmin() {
        return CoreRefusal.forbidden("admin.platform-admins-only");
    }
}
