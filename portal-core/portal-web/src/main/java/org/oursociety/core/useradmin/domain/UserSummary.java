package org.oursociety.core.useradmin.domain;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.oursociety.core.identity.domain.UserAccount;

/** A user as the administration lists them. */
public record UserSummary(UUID id, String email, String displayName, boolean confirmed, boolean platformAdmin,
                          boolean disabled, OffsetDateTime createdAt) implements Serializable {

    public static UserSummary of(UserAccount user) {
        return new UserSummary(user.id(), user.email(), user.displayName(), user.isConfirmed(), user.isPlatformAdmin(),
                user.isDisabled(), user.createdAt());
    }
}
