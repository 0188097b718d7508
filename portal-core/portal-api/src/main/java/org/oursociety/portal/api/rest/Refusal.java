package org.oursociety.portal.api.rest;

import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.oursociety.portal.api.i18n.Message;

/**
 * The one way any service of any WAR says no: what kind of no (which decides the HTTP status), why (a
 * {@link Message}, said in the reader's language when it is shown), which fields are wrong, and when to
 * try again. {@link RefusalMapper} turns it into problem+json for the APIs; pages put its messages at
 * their fields. Nothing is saved when a service refuses: throw it before writing.
 *
 * <pre>{@code
 * throw Refusal.of(Refusal.Kind.CONFLICT, new Message(BUNDLE, "topic.locked"));
 * throw Refusal.invalid("title", new Message(BUNDLE, "topic.title.length", 5, 200));
 * throw Refusal.tooMany(new Message(BUNDLE, "post.too-soon", seconds), Duration.ofSeconds(seconds));
 * }</pre>
 */
public class Refusal extends RuntimeException {

    /** Kinds of refusal and their HTTP statuses. */
    public enum Kind {
        INVALID(400), UNAUTHENTICATED(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), GONE(410),
        TOO_LARGE(413), TOO_MANY(429), UNAVAILABLE(503);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private static final String BUNDLE = "org.oursociety.portal.api.Messages";

    private final Kind kind;
    private final Message reason;
    private final Map<String, Message> fields;
    private final Duration retryAfter;

    private Refusal(Kind kind, Message reason, Map<String, Message> fields, Duration retryAfter) {
        super(kind + ": " + reason.key(), null, false, false); // expected, so no stack trace is filled
        this.kind = kind;
        this.reason = reason;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.retryAfter = retryAfter;
    }

    public static Refusal of(Kind kind, Message reason) {
        return new Refusal(kind, reason, Map.of(), null);
    }

    /** 400: these fields need changing, each with its own message (keyed by the JSON or form name). */
    public static Refusal invalid(Map<String, Message> fields) {
        return new Refusal(Kind.INVALID, new Message(BUNDLE, "refusal.fields"), fields, null);
    }

    /** 400 as {@link #invalid(Map)}, with the feature's own sentence for the whole request. */
    public static Refusal invalid(Message reason, Map<String, Message> fields) {
        return new Refusal(Kind.INVALID, reason, fields, null);
    }

    public static Refusal invalid(String field, Message reason) {
        return invalid(Map.of(field, reason));
    }

    /** 401: sign in first. */
    public static Refusal signInFirst() {
        return of(Kind.UNAUTHENTICATED, new Message(BUNDLE, "refusal.sign-in"));
    }

    /** 403: signed in, but not allowed to do this here. */
    public static Refusal notAllowed() {
        return of(Kind.FORBIDDEN, new Message(BUNDLE, "refusal.not-allowed"));
    }

    /** 404: nothing there (or nothing the caller may know of). */
    public static Refusal notFound() {
        return of(Kind.NOT_FOUND, new Message(BUNDLE, "refusal.not-found"));
    }

    /** 429 with {@code Retry-After}. */
    public static Refusal tooMany(Message reason, Duration retryAfter) {
        return new Refusal(Kind.TOO_MANY, reason, Map.of(), retryAfter);
    }

    /** 503 with {@code Retry-After}: the service is there but too busy to answer now. */
    public static Refusal unavailable(Message reason, Duration retryAfter) {
        return new Refusal(Kind.UNAVAILABLE, reason, Map.of(), retryAfter);
    }

    /**
     * The same refusal, said at {@code field} too: a page shows it beside that input, the API lists it in
     * the problem's {@code errors}. For refusals about one field that are not plain bad input (a code
     * already used: 409 at {@code code}).
     */
    public Refusal at(String field) {
        return new Refusal(kind, reason, Map.of(field, reason), retryAfter);
    }

    public Kind kind() {
        return kind;
    }

    public Message reason() {
        return reason;
    }

    /** Field name to message; empty unless {@link Kind#INVALID} or said {@link #at(String) at a field}. */
    public Map<String, Message> fields() {
        return fields;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The problem detail in the reader's language. */
    public Problem toProblem(Locale locale) {
        Response.Status status = Response.Status.fromStatusCode(kind.status());
        Map<String, String> errors = new LinkedHashMap<>();
        fields.forEach((field, message) -> errors.put(field, message.in(locale)));
        return new Problem("about:blank", status == null ? "Too Many Requests" : status.getReasonPhrase(),
                kind.status(), reason.in(locale), errors);
    }
}
