package org.oursociety.portal.api.security;

/** Role names carried in the session token and checked by every WAR. */
public final class Roles {
    /** Runs the whole portal: users, areas, modules. */
    public static final String PLATFORM_ADMIN = "platform-admin";
    /** Every signed-in user. */
    public static final String RESIDENT = "resident";

    private Roles() {
    }
}
