package org.oursociety.portal.api.area;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles granted per area ({@code core.area_role}); each reaches the areas below the one it is
 * granted in. Platform admin is not one of them: it is held for the whole portal.
 */
public enum AreaRole {

    /** Manages the area and everything below it: areas, module switches, moderators, admins below. */
    AREA_ADMIN("area-admin"),
    /** Holds no permission of the core; modules give it theirs (for example {@code forum.moderate}). */
    MODERATOR("moderator");

    private final String id;

    AreaRole(String id) {
        this.id = id;
    }

    /** The id used in URLs, JSON and the table: {@code area-admin}, {@code moderator}. */
    public String id() {
        return id;
    }

    public static Optional<AreaRole> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
