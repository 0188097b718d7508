package org.oursociety.portal.api.audit;

import java.util.Map;
import java.util.TreeMap;

/**
 * An entry's details as a flat JSON object of strings, keys sorted. Written here rather than through
 * JSON-P so that the audit log needs no JSON provider outside the container (its tests); escaping
 * follows RFC 8259 section 7, and PostgreSQL's jsonb parser checks the result on every insert.
 */
public final class AuditDetails {

    private AuditDetails() {
    }

    /** {@code null} for no details; null values are left out. */
    public static String toJson(Map<String, String> details) {
        if (details == null || details.isEmpty()) {
            return null;
        }
        StringBuilder json = new StringBuilder("{");
        new TreeMap<>(details).forEach((key, value) -> {
            if (value != null) {
                if (json.length() > 1) {
                    json.append(',');
                }
                string(json, key);
                json.append(':');
                string(json, value);
            }
        });
        return json.length() == 1 ? null : json.append('}').toString();
    }

    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\u0000' -> json.append('\ufffd'); // jsonb refuses \u0000
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
