package org.oursociety.forum.platform;

import java.util.UUID;
import org.oursociety.portal.api.rest.Refusal;

/** Ids sent in JSON bodies: a clear 400 on the field, never a 500. */
public final class Ids {

    private Ids() {
    }

    public static UUID optional(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(field, ForumText.of("forum.id.invalid"));
        }
    }

    public static UUID required(String field, String value) {
        UUID id = optional(field, value);
        if (id == null) {
            throw Refusal.invalid(field, ForumText.of("forum.id.invalid"));
        }
        return id;
    }
}
