package org.oursociety.core.audit.domain;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A filter over the audit log; every part is optional.
 *
 * @param action exactly this action code
 * @param actor  part of the actor's email or name, or the actor's id
 * @param target part of the target's label, or the target's id
 * @param from   at or after this instant
 * @param until  before this instant
 */
public record AuditQuery(String action, String actor, String target, Instant from, Instant until)
        implements Serializable {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);
    static final int MAX_TEXT = 254;

    public AuditQuery {
        action = blankToNull(action, "action");
        actor = blankToNull(actor, "actor");
        target = blankToNull(target, "target");
        if (from != null && until != null && !from.isBefore(until)) {
            throw new Invalid("to", "\"from\" must be before \"to\".");
        }
    }

    /**
     * From the API's query parameters. {@code from} and {@code to} take a date ({@code 2026-03-01},
     * a whole UTC day, {@code to} included) or an instant with offset ({@code 2026-03-01T12:00:00Z}).
     *
     * @throws Invalid with a message that names the parameter
     */
    public static AuditQuery parse(String action, String actor, String target, String from, String to) {
        return new AuditQuery(action, actor, target, start("from", from), end("to", to));
    }

    private static Instant start(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notADate) {
            return instant(name, value);
        }
    }

    private static Instant end(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // A date as the end means "up to and including that day".
            return LocalDate.parse(value.strip()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notADate) {
            return instant(name, value);
        }
    }

    private static Instant instant(String name, String value) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new Invalid(name, "\"" + name + "\" must be a date like 2026-03-01 or a time like"
                    + " 2026-03-01T12:00:00Z.");
        }
    }

    private static String blankToNull(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new Invalid(name, "\"" + name + "\" must be at most " + MAX_TEXT + " characters.");
        }
        return value.strip();
    }

    /** A filter that cannot be applied; {@link #field()} names the parameter at fault. */
    public static final class Invalid extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;
        private final String field;

        Invalid(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
