package org.oursociety.portal.api.internal.area;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.area.AreaRole;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.security.Roles;

/**
 * {@code #{portalManage}}: whether the header offers the core's "Manage areas" page, i.e. whether the
 * caller is a platform admin or an area admin somewhere. The page itself checks every action.
 */
@Named("portalManage")
@RequestScoped
public class ManageLink {

    @Inject
    CurrentUser currentUser;

    @Inject
    AreaAccess access;

    public boolean isVisible() {
        PortalUser user = currentUser.user().orElse(null);
        return user != null && (user.hasRole(Roles.PLATFORM_ADMIN)
                || !access.areasWhereHeld(user, AreaRole.AREA_ADMIN).isEmpty());
    }
}
