package org.oursociety.directory.listing.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The directory as the HSDS tabular data package: one CSV per table with the official columns, nested parts
 * flattened with their parent's id (a service's phones get its {@code service_id}), written as a zip.
 */
public final class CsvExport {

    static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("organizations", "id,name,alternate_name,description,email,website,tax_status,tax_id,year_incorporated,legal_status,logo,uri,parent_organization_id");
        COLUMNS.put("services", "id,organization_id,program_id,name,alternate_name,description,url,email,status,interpretation_services,application_process,fees_description,wait_time,fees,accreditations,eligibility_description,minimum_age,maximum_age,assured_date,assurer_email,licenses,alert,last_modified");
        COLUMNS.put("locations", "id,location_type,url,organization_id,name,alternate_name,description,transportation,latitude,longitude,external_identifier,external_identifier_type");
        COLUMNS.put("service_at_location", "id,service_id,location_id,description");
        COLUMNS.put("addresses", "id,location_id,attention,address_1,address_2,city,region,state_province,postal_code,country,address_type");
        COLUMNS.put("phones", "id,location_id,service_id,organization_id,contact_id,service_at_location_id,number,extension,type,description");
        COLUMNS.put("schedules", "id,service_id,location_id,service_at_location_id,valid_from,valid_to,dtstart,timezone,until,count,wkst,freq,interval,byday,byweekno,bymonthday,byyearday,description,opens_at,closes_at,schedule_link,attending_type,notes");
        COLUMNS.put("contacts", "id,organization_id,service_id,service_at_location_id,location_id,name,title,department,email");
        COLUMNS.put("languages", "id,service_id,location_id,phone_id,name,code,note");
        COLUMNS.put("accessibility", "id,location_id,description,details,url");
        COLUMNS.put("cost_options", "id,service_id,valid_from,valid_to,option,currency,amount,amount_description");
        COLUMNS.put("service_areas", "id,service_id,name,description,extent,extent_type,uri");
        COLUMNS.put("funding", "id,organization_id,service_id,source");
        COLUMNS.put("required_documents", "id,service_id,document,uri");
        COLUMNS.put("attributes", "id,link_id,taxonomy_term_id,link_type,link_entity,value");
        COLUMNS.put("taxonomies", "id,name,description,uri,version");
        COLUMNS.put("taxonomy_terms", "id,code,name,description,parent_id,taxonomy,language,taxonomy_id,term_uri");
    }

    private final Map<String, List<JsonNode>> rows = new LinkedHashMap<>();

    public CsvExport() {
        COLUMNS.keySet().forEach(table -> rows.put(table, new ArrayList<>()));
    }

    public void organization(JsonNode org) {
        String id = org.path("id").asText();
        rows.get("organizations").add(org);
        children(org, "phones", "organization_id", id);
        children(org, "contacts", "organization_id", id);
        children(org, "funding", "organization_id", id);
        attributes(org, id, "organization");
    }

    public void location(JsonNode location) {
        String id = location.path("id").asText();
        rows.get("locations").add(location);
        children(location, "addresses", "location_id", id);
        children(location, "phones", "location_id", id);
        children(location, "schedules", "location_id", id);
        children(location, "languages", "location_id", id);
        children(location, "accessibility", "location_id", id);
        children(location, "contacts", "location_id", id);
    }

    public void service(JsonNode service) {
        String id = service.path("id").asText();
        rows.get("services").add(service);
        for (String part : List.of("phones", "schedules", "contacts", "languages", "cost_options", "service_areas",
                "funding", "required_documents")) {
            children(service, part, "service_id", id);
        }
        attributes(service, id, "service");
        JsonNode places = service.get("service_at_locations");
        if (places != null && places.isArray()) {
            for (JsonNode place : places) {
                String placeId = place.path("id").asText();
                com.fasterxml.jackson.databind.node.ObjectNode row = place.deepCopy();
                row.put("service_id", id);
                if (!row.has("location_id") && place.path("location").has("id")) {
                    row.put("location_id", place.path("location").path("id").asText());
                }
                rows.get("service_at_location").add(row);
                children(place, "phones", "service_at_location_id", placeId);
                children(place, "schedules", "service_at_location_id", placeId);
                children(place, "contacts", "service_at_location_id", placeId);
            }
        }
    }

    public void taxonomy(JsonNode taxonomy) {
        rows.get("taxonomies").add(taxonomy);
    }

    public void term(JsonNode term) {
        rows.get("taxonomy_terms").add(term);
    }

    private void attributes(JsonNode record, String id, String entity) {
        JsonNode attributes = record.get("attributes");
        if (attributes == null || !attributes.isArray()) {
            return;
        }
        for (JsonNode attribute : attributes) {
            com.fasterxml.jackson.databind.node.ObjectNode row = attribute.deepCopy();
            row.put("link_id", id);
            if (!row.has("link_entity")) {
                row.put("link_entity", entity);
            }
            if (!row.has("taxonomy_term_id") && attribute.path("taxonomy_term").has("id")) {
                row.put("taxonomy_term_id", attribute.path("taxonomy_term").path("id").asText());
            }
            rows.get("attributes").add(row);
        }
    }

    private void children(JsonNode parent, String part, String key, String parentId) {
        JsonNode children = parent.get(part);
        if (children == null || !children.isArray()) {
            return;
        }
        for (JsonNode child : children) {
            com.fasterxml.jackson.databind.node.ObjectNode row = child.deepCopy();
            if (!row.hasNonNull(key)) {
                row.put(key, parentId);
            }
            rows.get(part).add(row);
        }
    }

    /** Writes the zip: every table, even empty ones, so the package always has the same files. */
    public void write(OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> table : COLUMNS.entrySet()) {
                zip.putNextEntry(new ZipEntry(table.getKey() + ".csv"));
                StringBuilder csv = new StringBuilder(table.getValue()).append("\r\n");
                String[] columns = table.getValue().split(",");
                for (JsonNode row : rows.get(table.getKey())) {
                    for (int i = 0; i < columns.length; i++) {
                        JsonNode value = row.get(columns[i]);
                        csv.append(i == 0 ? "" : ",").append(value == null || value.isNull() ? ""
                                : quote(value.isValueNode() ? value.asText() : value.toString()));
                    }
                    csv.append("\r\n");
                }
                zip.write(csv.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    static String quote(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
