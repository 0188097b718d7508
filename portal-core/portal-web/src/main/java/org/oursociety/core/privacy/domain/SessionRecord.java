package org.oursociety.core.privacy.domain;

import java.time.Instant;

/** A sign-in as the resident sees it in their export: when, until when, and whether it was ended. No token material. */
public record SessionRecord(Instant createdAt, Instant expiresAt, Instant revokedAt) {
}
