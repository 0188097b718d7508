package org.oursociety.core.platform;

import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;

/**
 * The core's refusals, each a key of {@code org/oursociety/core/Refusals.properties} said in the reader's
 * language: {@code throw CoreRefusal.conflict("area.slug-taken", slug)}. A shorthand for
 * {@link Refusal#of} with a {@link Message} of that bundle; modules write the same with their own bundle.
 */
public final class CoreRefusal {

    public static final String BUNDLE = "org.oursociety.core.Refusals";

    private CoreRefusal() {
    }

    public static Message message(String key, Object... arguments) {
        return new Message(BUNDLE, key, arguments);
    }

    /** 400 about the request as a whole. */
    public static Refusal badInput(String key, Object... arguments) {
        return Refusal.of(Refusal.Kind.INVALID, message(key, arguments));
    }

    public static Refusal forbidden(String key, Object... arguments) {
        return Refusal.of(Refusal.Kind.FORBIDDEN, message(key, arguments));
    }

    public static Refusal notFound(String key, Object... arguments) {
        return Refusal.of(Refusal.Kind.NOT_FOUND, message(key, arguments));
    }

    public static Refusal conflict(String key, Object... arguments) {
        return Refusal.of(Refusal.Kind.CONFLICT, message(key, arguments));
    }
}
