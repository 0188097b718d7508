package org.oursociety.core.mail.domain;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of the admin page's outbox list (the bodies are read only for the mail an admin opens). */
public record OutboxEntry(UUID id, String recipient, String subject, String kind, OffsetDateTime createdAt,
                          int attempts, OffsetDateTime nextAttemptAt, OffsetDateTime sentAt, String lastError)
        implements Serializable {

    public boolean isSent() {
        return sentAt != null;
    }
}
