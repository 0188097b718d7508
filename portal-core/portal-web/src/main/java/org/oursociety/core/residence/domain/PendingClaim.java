package org.oursociety.core.residence.domain;

import java.time.Instant;
import java.util.UUID;

/** A claim waiting for an area admin, with who made it and the postcode they gave. */
public record PendingClaim(UUID id, UUID userId, String displayName, String email, String postcode, Instant claimedAt)
        implements java.io.Serializable {
}
