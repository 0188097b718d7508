package org.oursociety.core.privacy.domain;

import java.time.Instant;

/** A mail the portal wrote to the resident: its subject and kind, not its body, whose links act on the account. */
public record MailRecord(String subject, String kind, Instant createdAt, Instant sentAt) {
}
