package org.oursociety.core.privacy.domain;

import java.time.Instant;

/**
 * A residence claim in the export: the area, the postcode given (none for a voting code), where it
 * stands and how it was settled.
 */
public record ResidenceRecord(String area, String areaName, String postcode, String status, String method,
                              Instant claimedAt, Instant decidedAt) {
}
