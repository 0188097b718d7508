package org.oursociety.core.residence.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A batch just issued, with its codes in clear (as printed, {@code HK7M-3QXA-9RTC-WP2E}): the only
 * time anyone sees them. Serializable only because the page that shows them keeps them in its view
 * state until the admin leaves it (printing and downloading the CSV need them after the post).
 */
public record IssuedCodes(UUID batchId, String areaSlug, String areaName, Instant issuedAt, Instant expiresAt,
                          List<String> codes) implements java.io.Serializable {

    public IssuedCodes {
        codes = List.copyOf(codes);
    }

    public int count() {
        return codes.size();
    }
}
