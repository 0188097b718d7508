package org.oursociety.core.residence.application;

import java.util.Optional;

/**
 * Why a residence action was not done: a message key of {@code Residence.properties} (so pages can
 * say it in the reader's language and the API in English), its arguments, the field it is about
 * (for pages and the problem's {@code errors}), and the kind, which decides the HTTP status.
 * Thrown before anything is written, or from inside the transaction, which then rolls back.
 */
public class ResidenceRefused extends RuntimeException {

    /** 400, 403, 404, 409, 410, 429. */
    public enum Kind { BAD_INPUT, FORBIDDEN, NOT_FOUND, CONFLICT, GONE, TOO_MANY }

    private final Kind kind;
    private final String field;
    private final String key;
    private final transient Object[] arguments;
    private final long retryAfterSeconds;

    private ResidenceRefused(Kind kind, String field, String key, long retryAfterSeconds, Object... arguments) {
        super(key);
        this.kind = kind;
        this.field = field;
        this.key = key;
        this.arguments = arguments;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ResidenceRefused badInput(String field, String key, Object... arguments) {
        return new ResidenceRefused(Kind.BAD_INPUT, field, key, 0, arguments);
    }

    public static ResidenceRefused forbidden(String key, Object... arguments) {
        return new ResidenceRefused(Kind.FORBIDDEN, null, key, 0, arguments);
    }

    public static ResidenceRefused notFound(String key, Object... arguments) {
        return new ResidenceRefused(Kind.NOT_FOUND, null, key, 0, arguments);
    }

    public static ResidenceRefused conflict(String field, String key, Object... arguments) {
        return new ResidenceRefused(Kind.CONFLICT, field, key, 0, arguments);
    }

    public static ResidenceRefused gone(String field, String key, Object... arguments) {
        return new ResidenceRefused(Kind.GONE, field, key, 0, arguments);
    }

    public static ResidenceRefused tooMany(String field, long retryAfterSeconds) {
        return new ResidenceRefused(Kind.TOO_MANY, field, "error.code.throttled", retryAfterSeconds,
                (retryAfterSeconds + 59) / 60);
    }

    public Kind kind() {
        return kind;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
