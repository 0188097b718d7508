package org.oursociety.core.audit.domain;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One line of the audit log: a fact, never changed after it is written.
 *
 * @param target         {@code null} for actions on nothing in particular
 * @param clientAddress  the address the request came from, {@code null} outside a request
 * @param detailsJson    a JSON object with whatever else the action wants to keep, or {@code null}
 */
public record AuditEntry(UUID id, OffsetDateTime occurredAt, AuditActor actor, String action, AuditTarget target,
                         String clientAddress, String detailsJson) implements Serializable {

    /** {@code feature.verb}, lower case, e.g. {@code user.disabled}; the database checks the same pattern. */
    public static final Pattern ACTION = Pattern.compile("^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+$");

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
        actor = actor == null ? AuditActor.NOBODY : actor;
        if (action == null || action.length() > 80 || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("An audit action looks like feature.verb in lower case, not " + action);
        }
        requireLength("client address", clientAddress, 100);
    }

    static void requireLength(String what, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException("The audit " + what + " is longer than " + max + " characters");
        }
    }
}
