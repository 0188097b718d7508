package org.oursociety.portal.api.area;

import jakarta.enterprise.context.ApplicationScoped;
import org.oursociety.portal.api.security.PortalUser;
import org.oursociety.portal.api.security.Roles;

/**
 * The one place every WAR asks whether a user may do something in an area:
 * {@code can(user, permission, areaSlug)}. Pages, REST resources and services of the core and of
 * every module go through it, never through role checks of their own.
 *
 * <p>Platform admins may do everything. Per-area roles (area admin, moderator) and the permissions
 * modules declare when they register are to come (issue 4, item 4): until then, everyone else may
 * do nothing that needs a permission.
 */
@ApplicationScoped
public class AreaAccess {

    /** Permissions of the core; modules declare their own (for example {@code forum.moderate}). */
    public static final String MANAGE_AREA = "area.manage";
    public static final String SWITCH_MODULES = "area.modules";
    public static final String GRANT_ROLES = "area.roles";
    public static final String DECIDE_RESIDENCE = "residence.decide";
    public static final String ISSUE_CODES = "residence.codes";

    public boolean can(PortalUser user, String permission, String areaSlug) {
        return user != null && user.hasRole(Roles.PLATFORM_ADMIN);
    }
}
