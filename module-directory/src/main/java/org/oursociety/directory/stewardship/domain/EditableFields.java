package org.oursociety.directory.stewardship.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oursociety.directory.listing.domain.ListingStatus;

/**
 * The fields of a listing that editors change and others suggest, with their rules. A change is a JSON
 * object of field → new value; {@link #check} names every field that is wrong (message keys of the
 * directory's bundle) before anything is written.
 */
public final class EditableFields {

    public static final List<String> ORGANIZATION = List.of("name", "description", "email", "website", "status");
    public static final List<String> SERVICE = List.of("name", "description", "email", "url", "status",
            "fees_description", "application_process", "eligibility_description", "minimum_age", "maximum_age");
    private static final Set<String> REQUIRED = Set.of("name", "description", "status");
    private static final Set<String> LONG = Set.of("description", "application_process", "eligibility_description",
            "fees_description");

    private EditableFields() {
    }

    public static List<String> of(String recordType) {
        return "organization".equals(recordType) ? ORGANIZATION : SERVICE;
    }

    /** Field → message key for every field that cannot be taken as it is; empty when the change is good. */
    public static Map<String, String> check(String recordType, JsonNode changes) {
        Map<String, String> wrong = new LinkedHashMap<>();
        if (changes == null || !changes.isObject() || changes.isEmpty()) {
            wrong.put("changes", "change.empty");
            return wrong;
        }
        List<String> allowed = of(recordType);
        changes.fields().forEachRemaining(e -> {
            String field = e.getKey();
            JsonNode value = e.getValue();
            if (!allowed.contains(field)) {
                wrong.put(field, "change.field.unknown");
            } else if (field.endsWith("_age")) {
                if (!value.isNull() && (!value.isNumber() || value.asDouble() < 0 || value.asDouble() > 150)) {
                    wrong.put(field, "change.age");
                }
            } else if (value.isNull() || !value.isTextual()) {
                if (REQUIRED.contains(field) || !value.isNull()) {
                    wrong.put(field, "change.required");
                }
            } else {
                String text = value.asText().strip();
                int max = LONG.contains(field) ? 5000 : 200;
                if (text.isEmpty() && REQUIRED.contains(field)) {
                    wrong.put(field, "change.required");
                } else if (text.length() > max) {
                    wrong.put(field, max == 200 ? "change.too-long.short" : "change.too-long.long");
                } else if (field.equals("status") && ListingStatus.of(text).isEmpty()) {
                    wrong.put(field, "change.status");
                } else if ((field.equals("website") || field.equals("url")) && !text.isEmpty()
                        && !text.matches("https?://[^\\s]+")) {
                    wrong.put(field, "change.url");
                } else if (field.equals("email") && !text.isEmpty() && !text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                    wrong.put(field, "change.email");
                }
            }
        });
        return wrong;
    }

    /** The document with the change applied: texts trimmed, empty optional texts and nulls removed. */
    public static ObjectNode apply(ObjectNode document, JsonNode changes) {
        ObjectNode changed = document.deepCopy();
        changes.fields().forEachRemaining(e -> {
            JsonNode value = e.getValue();
            if (value.isNull() || value.isTextual() && value.asText().isBlank()) {
                changed.remove(e.getKey());
            } else if (value.isTextual()) {
                changed.put(e.getKey(), value.asText().strip());
            } else {
                changed.set(e.getKey(), value);
            }
        });
        return changed;
    }

    /** A field's value in a document for showing: text as it is, numbers as numbers, absent as empty. */
    public static JsonNode valueIn(JsonNode document, String field) {
        JsonNode value = document == null ? null : document.get(field);
        return value == null ? JsonNodeFactory.instance.nullNode() : value;
    }
}
