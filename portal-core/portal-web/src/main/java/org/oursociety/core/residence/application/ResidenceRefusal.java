package org.oursociety.core.residence.application;

import java.time.Duration;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;

/**
 * The residence feature's {@link Refusal}s: a key of {@code Residence.properties} with its arguments,
 * the field it is about (for pages and the problem's {@code errors}), and the kind, which decides the
 * HTTP status (400, 403, 404, 409 code used, 410 code expired, 429). Thrown before anything is written,
 * or from inside the transaction, which then rolls back.
 */
public final class ResidenceRefusal {

    private ResidenceRefusal() {
    }

    public static Message message(String key, Object... arguments) {
        return new Message(ResidenceMessages.BUNDLE, key, arguments);
    }

    public static Refusal badInput(String field, String key, Object... arguments) {
        return at(field, Refusal.of(Refusal.Kind.INVALID, message(key, arguments)));
    }

    public static Refusal forbidden(String key, Object... arguments) {
        return Refusal.of(Refusal.Kind.FORBIDDEN, message(key, arguments));
    }

    public static Refusal notFound(String key, Object... arguments) {
        return Refusal.of(Refusal.Kind.NOT_FOUND, message(key, arguments));
    }

    public static Refusal conflict(String field, String key, Object... arguments) {
        return at(field, Refusal.of(Refusal.Kind.CONFLICT, message(key, arguments)));
    }

    public static Refusal gone(String field, String key, Object... arguments) {
        return at(field, Refusal.of(Refusal.Kind.GONE, message(key, arguments)));
    }

    /** 429 with {@code Retry-After}; the message says the wait in whole minutes. */
    public static Refusal tooMany(String field, long retryAfterSeconds) {
        return at(field, Refusal.tooMany(message("error.code.throttled", (retryAfterSeconds + 59) / 60),
                Duration.ofSeconds(retryAfterSeconds)));
    }

    private static Refusal at(String field, Refusal refusal) {
        return field == null ? refusal : refusal.at(field);
    }
}
