package org.oursociety.portal.api.internal.rest;

import java.util.List;
import org.oursociety.portal.api.security.PortalUser;

/** The user as the APIs show them; {@code confirmed} says whether they have confirmed their email address. */
public record UserJson(String id, String email, String displayName, List<String> roles, boolean confirmed) {

    public static UserJson of(PortalUser user) {
        return new UserJson(user.id().toString(), user.email(), user.displayName(),
                user.roles().stream().sorted().toList(), user.confirmed());
    }
}
