package org.oursociety.directory.listing.application;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.oursociety.directory.listing.infrastructure.HsdsStore;

/**
 * The HSDS tabular data package (one CSV per table, as in the official {@code examples/csv}) read from a zip
 * and nested into HSDS JSON records the importer takes: taxonomies, taxonomy terms, organisations with their
 * locations, services with their phones, schedules, contacts, languages, cost options, service areas,
 * funding, required documents and attributes, then service-at-locations. A child row goes under its most
 * specific parent (a phone with a service_id under the service, else its location, else its organisation).
 */
public final class CsvDataPackage {

    private static final Set<String> NUMBERS = Set.of("amount", "count", "extension", "interval", "latitude",
            "longitude", "maximum_age", "minimum_age", "timezone", "year_incorporated");
    private static final long MAX_ENTRY = 64L * 1024 * 1024;

    private final Map<String, List<Map<String, String>>> tables = new HashMap<>();

    private CsvDataPackage() {
    }

    /** Reads the zip's CSV files by name (folders ignored); anything else in it is skipped. */
    public static CsvDataPackage read(InputStream zip) throws IOException {
        CsvDataPackage data = new CsvDataPackage();
        try (ZipInputStream in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (entry.isDirectory() || !name.endsWith(".csv")) {
                    continue;
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                long total = 0;
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    total += n;
                    if (total > MAX_ENTRY) {
                        throw new IOException(name + " is larger than 64 MB");
                    }
                    bytes.write(buffer, 0, n);
                }
                data.tables.put(name.substring(0, name.length() - 4), parse(bytes.toString(StandardCharsets.UTF_8)));
            }
        }
        return data;
    }

    /** Whether the zip held any table this reader knows. */
    public boolean isEmpty() {
        return tables.isEmpty();
    }

    /** The records, in the order the importer needs them. */
    public ArrayNode records() {
        Map<String, ObjectNode> organizations = documents("organizations");
        Map<String, ObjectNode> services = documents("services");
        Map<String, ObjectNode> locations = documents("locations");
        Map<String, ObjectNode> places = documents("service_at_location");
        Map<String, ObjectNode> contacts = documents("contacts");
        Map<String, ObjectNode> phones = documents("phones");
        for (ObjectNode phone : phones.values()) {
            attach(phone, "phones", List.of("contact_id", contacts, "service_at_location_id", places, "service_id",
                    services, "location_id", locations, "organization_id", organizations));
        }
        for (ObjectNode contact : contacts.values()) {
            attach(contact, "contacts", List.of("service_at_location_id", places, "service_id", services,
                    "location_id", locations, "organization_id", organizations));
        }
        for (ObjectNode schedule : documents("schedules").values()) {
            attach(schedule, "schedules", List.of("service_at_location_id", places, "service_id", services,
                    "location_id", locations));
        }
        for (ObjectNode language : documents("languages").values()) {
            attach(language, "languages", List.of("service_id", services, "location_id", locations));
        }
        for (String part : List.of("cost_options", "service_areas", "required_documents")) {
            for (ObjectNode child : documents(part).values()) {
                attach(child, part, List.of("service_id", services));
            }
        }
        for (ObjectNode funding : documents("funding").values()) {
            attach(funding, "funding", List.of("service_id", services, "organization_id", organizations));
        }
        for (ObjectNode address : documents("addresses").values()) {
            attach(address, "addresses", List.of("location_id", locations));
        }
        for (ObjectNode access : documents("accessibility").values()) {
            attach(access, "accessibility", List.of("location_id", locations));
        }
        for (ObjectNode identifier : documents("organization_identifiers").values()) {
            attach(identifier, "organization_identifiers", List.of("organization_id", organizations));
        }
        for (ObjectNode program : documents("programs").values()) {
            attach(program, "programs", List.of("organization_id", organizations));
        }
        for (ObjectNode attribute : documents("attributes").values()) {
            attach(attribute, "attributes", List.of("link_id", services, "link_id", organizations, "link_id", locations));
        }
        for (ObjectNode location : locations.values()) {
            attach(location, "locations", List.of("organization_id", organizations));
        }
        ArrayNode records = HsdsStore.JSON.createArrayNode();
        documents("taxonomies").values().forEach(records::add);
        documents("taxonomy_terms").values().forEach(records::add);
        organizations.values().forEach(records::add);
        locations.values().stream().filter(l -> !organizations.containsKey(l.path("organization_id").asText()))
                .forEach(records::add);
        services.values().forEach(records::add);
        places.values().forEach(records::add);
        return records;
    }

    /** Puts the child into the array {@code field} of the first parent its ids name; left out if none. */
    private static void attach(ObjectNode child, String field, List<Object> keysAndParents) {
        for (int i = 0; i + 1 < keysAndParents.size(); i += 2) {
            String key = (String) keysAndParents.get(i);
            @SuppressWarnings("unchecked")
            Map<String, ObjectNode> parents = (Map<String, ObjectNode>) keysAndParents.get(i + 1);
            ObjectNode parent = parents.get(child.path(key).asText());
            if (parent != null) {
                (parent.has(field) ? (ArrayNode) parent.get(field) : parent.putArray(field)).add(child);
                return;
            }
        }
    }

    private Map<String, ObjectNode> documents(String table) {
        Map<String, ObjectNode> documents = new LinkedHashMap<>();
        for (Map<String, String> row : tables.getOrDefault(table, List.of())) {
            ObjectNode document = HsdsStore.JSON.createObjectNode();
            row.forEach((column, value) -> {
                if (value == null || value.isEmpty()) {
                    return;
                }
                if (NUMBERS.contains(column)) {
                    try {
                        document.put(column, new java.math.BigDecimal(value.trim()));
                        return;
                    } catch (NumberFormatException notANumber) {
                        // kept as text: the importer names the field
                    }
                }
                document.put(column, value);
            });
            documents.put(document.path("id").asText("#" + documents.size()), document);
        }
        return documents;
    }

    /** RFC 4180: quoted fields with "" for a quote and line breaks inside; the first row names the columns. */
    static List<Map<String, String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                if (!(row.size() == 1 && row.get(0).isEmpty())) {
                    rows.add(row);
                }
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        List<Map<String, String>> records = new ArrayList<>();
        if (rows.isEmpty()) {
            return records;
        }
        List<String> header = rows.get(0);
        for (List<String> values : rows.subList(1, rows.size())) {
            Map<String, String> record = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                record.put(header.get(i).trim(), i < values.size() ? values.get(i) : "");
            }
            records.add(record);
        }
        return records;
    }
}
