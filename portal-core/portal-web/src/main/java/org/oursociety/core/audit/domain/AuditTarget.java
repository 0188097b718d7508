package org.oursociety.core.audit.domain;

import java.io.Serializable;

/**
 * What an audited action was done to.
 *
 * @param type  a short lower-case kind, e.g. {@code user}, {@code email}, {@code address}, {@code area}
 * @param id    its id as text (a UUID, an email, an address)
 * @param label what a person recognises it by at the time (an email, a name); kept even if it changes later
 */
public record AuditTarget(String type, String id, String label) implements Serializable {

    public AuditTarget {
        AuditEntry.requireLength("target type", type, 40);
        AuditEntry.requireLength("target id", id, 400);
        AuditEntry.requireLength("target label", label, 400);
    }

    public static AuditTarget of(String type, Object id, String label) {
        return new AuditTarget(type, id == null ? null : id.toString(), label);
    }
}
