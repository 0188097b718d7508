package org.oursociety.core.residence.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.oursociety.core.residence.domain.ClaimSummary;
import org.oursociety.core.residence.domain.PendingClaim;

/** The JSON shapes of the residence API. */
public final class ResidenceJson {

    private ResidenceJson() {
    }

    /** {@code POST /api/me/residence}. */
    public record ClaimRequest(String area, String postcode) {
    }

    /** {@code POST /api/me/residence/code}. */
    public record CodeRequest(String code) {
    }

    /** {@code POST /api/areas/{slug}/residence/codes}. */
    public record CodesRequest(Integer count, Integer validDays) {
    }

    /** One claim; {@code method} (and {@code decidedAt}) are left out while pending. */
    public record Claim(UUID id, String area, String areaName, String areaType, String postcode, String status,
                 String method, Instant claimedAt, Instant decidedAt) {

        static Claim of(ClaimSummary c) {
            return new Claim(c.id(), c.areaSlug(), c.areaName(), c.areaType(), c.postcode(), c.status().name(),
                    c.method() == null ? null : c.method().name(), c.claimedAt(), c.decidedAt());
        }
    }

    /** {@code GET /api/me/residence}: the claims, and every area the user counts as resident of. */
    public record Mine(List<Claim> claims, List<String> residentOf) {
    }

    /** A claim waiting in an area, with who made it. */
    public record Pending(UUID id, UUID userId, String displayName, String email, String postcode, Instant claimedAt) {

        static Pending of(PendingClaim p) {
            return new Pending(p.id(), p.userId(), p.displayName(), p.email(), p.postcode(), p.claimedAt());
        }
    }

    /** A batch just issued: the only answer that ever holds its codes. */
    public record Codes(UUID batch, String area, Instant issuedAt, Instant expiresAt, int count, String redeemUrl,
                 List<String> codes) {
    }
}
