package org.oursociety.core.audit.domain;

import java.io.Serializable;
import java.util.UUID;

/** Who acted, as they were at the time. {@link #NOBODY} stands for an anonymous visitor or the system. */
public record AuditActor(UUID id, String email, String name) implements Serializable {

    public static final AuditActor NOBODY = new AuditActor(null, null, null);

    public AuditActor {
        if (id == null && (email != null || name != null)) {
            throw new IllegalArgumentException("An actor without an id has no email or name");
        }
        AuditEntry.requireLength("actor email", email, 254);
        AuditEntry.requireLength("actor name", name, 200);
    }

    public boolean isNobody() {
        return id == null;
    }
}
