package org.oursociety.portal.api.internal.area;

import java.util.Set;

/** First path segments that belong to the WARs themselves, so no area may take them as its slug. */
public final class ReservedSlugs {

    public static final Set<String> ALL = Set.of("api", "portal", "admin", "account", "areas", "health",
            "login", "signout", "register", "resources", "static", "index", "area", "forum", "budget", "directory");

    private ReservedSlugs() {
    }

    public static boolean isReserved(String slug) {
        return ALL.contains(slug);
    }
}
