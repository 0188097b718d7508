package org.oursociety.portal.api.module;

import java.util.Arrays;
import java.util.Optional;

/** Who a module's permission is given to in an area, as the module declares it. */
public enum Grantee {

    /** Area admins of the area or of an area above it. */
    AREA_ADMIN("area-admin"),
    /** Moderators of the area or of an area above it. */
    MODERATOR("moderator"),
    /** Users verified as living in the area (in it or in an area below it). */
    VERIFIED_RESIDENT("verified-resident");

    private final String id;

    Grantee(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Grantee> byId(String id) {
        return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst();
    }
}
