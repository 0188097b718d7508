package org.oursociety.core.account.application;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that cannot be accepted, with a message key per field (keys of {@code Account.properties}).
 * Thrown before anything is written, so nothing is saved; pages show each message at its field, the
 * API answers 400 problem+json with an {@code errors} member.
 */
public class InvalidInput extends RuntimeException {

    private final Map<String, String> fieldKeys;

    public InvalidInput(Map<String, String> fieldKeys) {
        super("Invalid fields: " + fieldKeys.keySet());
        this.fieldKeys = Collections.unmodifiableMap(new LinkedHashMap<>(fieldKeys));
    }

    public static InvalidInput of(String field, String key) {
        return new InvalidInput(Map.of(field, key));
    }

    /** Field name to message key, in the order the fields were checked. */
    public Map<String, String> fieldKeys() {
        return fieldKeys;
    }
}
