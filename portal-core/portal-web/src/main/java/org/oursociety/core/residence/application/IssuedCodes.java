package org.oursociety.core.residence.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A batch just issued, with its codes in clear (as printed, {@code HK7M-3QXA-9RTC-WP2E}): the only
 * time anyone sees them. Not serialisable on purpose beyond the view that shows them.
 */
public record IssuedCodes(UUID batchId, String areaSlug, String areaName, Instant issuedAt, Instant expiresAt,
                          List<String> codes) {

    public int count() {
        return codes.size();
    }
}
