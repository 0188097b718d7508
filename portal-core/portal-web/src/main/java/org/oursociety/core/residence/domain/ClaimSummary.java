package org.oursociety.core.residence.domain;

import java.time.Instant;
import java.util.UUID;

/** A claim as its owner sees it in their list: which area, which postcode, where it stands. */
public record ClaimSummary(UUID id, String areaSlug, String areaName, String areaType, String postcode,
                           ResidenceStatus status, ResidenceMethod method, Instant claimedAt, Instant decidedAt)
        implements java.io.Serializable {
}
