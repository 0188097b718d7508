package org.oursociety.directory.listing.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oursociety.directory.listing.domain.ListingStatus;
import org.oursociety.directory.listing.domain.OpeningTimes;
import org.oursociety.directory.listing.infrastructure.HsdsStore;
import org.oursociety.directory.listing.infrastructure.HsdsStore.Table;

/**
 * Reads HSDS 3.0 JSON into the directory of one area: one record, an array of records, or a page with
 * {@code contents}; services, organisations (with their services and locations), locations,
 * service-at-locations, taxonomies and taxonomy terms, recognised by their fields. A record keeps its id,
 * so importing it again updates it. A record with a problem is left out whole (with its nested records),
 * and every problem names the record and the field; the rest is imported.
 *
 * <p>Runs inside the caller's transaction; it checks nothing about who calls.
 */
public class HsdsImporter {

    private static final Set<String> LOCATION_TYPES = Set.of("physical", "postal", "virtual");
    private static final Set<String> WEEK_DAYS = Set.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    private static final List<String> ADDRESS_REQUIRED =
            List.of("address_1", "city", "state_province", "postal_code", "country", "address_type");

    private final HsdsStore store;
    private final String area;
    private final String actor;
    private final Instant now;

    private int created;
    private int updated;
    private final List<ImportReport.Problem> problems = new ArrayList<>();

    /**
     * @param area  the area slug records are imported into
     * @param actor who imports, as HSDS metadata's {@code updated_by} (an email or "import")
     */
    public HsdsImporter(HsdsStore store, String area, String actor, Instant now) {
        this.store = store;
        this.area = area;
        this.actor = actor;
        this.now = now;
    }

    /** The records of the document, in order; not JSON objects are problems. */
    public ImportReport importDocument(JsonNode document) throws SQLException {
        JsonNode records = document;
        if (document.isObject() && document.has("contents") && document.get("contents").isArray()) {
            records = document.get("contents");
        }
        if (records.isArray()) {
            int position = 0;
            for (JsonNode record : records) {
                position++;
                importRecord(record, "#" + position);
            }
        } else {
            importRecord(records, "#1");
        }
        return new ImportReport(created, updated, problems);
    }

    private void importRecord(JsonNode record, String position) throws SQLException {
        if (!record.isObject()) {
            problems.add(new ImportReport.Problem(position, "unknown", "", "a record is a JSON object"));
            return;
        }
        String type = typeOf(record);
        String label = record.path("id").isTextual() ? record.get("id").asText() : position;
        List<ImportReport.Problem> found = new ArrayList<>();
        check(type, record, "", label, found);
        if (!found.isEmpty()) {
            problems.addAll(found);
            return;
        }
        Optional<String> foreign = foreignRecord(type, record);
        if (foreign.isPresent()) {
            problems.add(new ImportReport.Problem(label, type, "id",
                    "this record belongs to the area \"" + foreign.get() + "\"; import it there"));
            return;
        }
        switch (type) {
            case "service" -> writeService((ObjectNode) record, null);
            case "organization" -> writeOrganization((ObjectNode) record);
            case "location" -> writeLocation((ObjectNode) record, null);
            case "service_at_location" -> writeServiceAtLocation((ObjectNode) record, null);
            case "taxonomy" -> writeTaxonomy((ObjectNode) record);
            case "taxonomy_term" -> writeTerm((ObjectNode) record);
            default -> problems.add(new ImportReport.Problem(label, "unknown", "",
                    "not a service, organization, location, service_at_location, taxonomy or taxonomy_term"));
        }
    }

    /** HSDS records carry no type; their fields tell. */
    static String typeOf(JsonNode r) {
        if (r.has("location_type")) {
            return "location";
        }
        if (r.has("service") && (r.has("location") || r.has("location_id") || r.has("service_id"))
                || r.has("service_id") && r.has("location_id")) {
            return "service_at_location";
        }
        if (r.has("status") || r.has("service_at_locations") || r.has("organization") || r.has("organization_id")
                || r.has("eligibility_description") || r.has("application_process")) {
            return "service";
        }
        if (r.has("services") || r.has("website") || r.has("legal_status") || r.has("year_incorporated")
                || r.has("locations") || r.has("parent_organization_id") || r.has("tax_status")) {
            return "organization";
        }
        if (r.has("code") || r.has("taxonomy_id") || r.has("taxonomy_detail") || r.has("term_uri")
                || r.has("parent_id")) {
            return "taxonomy_term";
        }
        if (r.has("uri") || r.has("version")) {
            return "taxonomy";
        }
        return "unknown";
    }

    // ---- checks: the schemas' required fields and value lists --------------------------------------

    private void check(String type, JsonNode r, String path, String label, List<ImportReport.Problem> found) {
        requireId(type, r, path, label, found);
        switch (type) {
            case "service" -> {
                requireText(type, r, path, "name", label, found);
                requireText(type, r, path, "status", label, found);
                if (r.path("status").isTextual() && ListingStatus.of(r.get("status").asText()).isEmpty()) {
                    found.add(problem(label, type, path + "status",
                            "must be one of active, inactive, defunct, temporarily closed"));
                }
                checkAges(type, r, path, label, found);
                checkCommon(type, r, path, label, found);
                each(r, "service_at_locations", path, (sal, p) -> check("service_at_location", sal, p, label, found));
                JsonNode org = r.get("organization");
                if (org != null && org.isObject()) {
                    check("organization", org, path + "organization.", label, found);
                }
            }
            case "organization" -> {
                requireText(type, r, path, "name", label, found);
                requireText(type, r, path, "description", label, found);
                checkCommon(type, r, path, label, found);
                each(r, "locations", path, (l, p) -> check("location", l, p, label, found));
                each(r, "services", path, (s, p) -> check("service", s, p, label, found));
            }
            case "location" -> {
                requireText(type, r, path, "location_type", label, found);
                if (r.path("location_type").isTextual() && !LOCATION_TYPES.contains(r.get("location_type").asText())) {
                    found.add(problem(label, type, path + "location_type", "must be one of physical, postal, virtual"));
                }
                for (String coordinate : List.of("latitude", "longitude")) {
                    JsonNode value = r.get(coordinate);
                    if (value != null && !value.isNull() && !value.isNumber()) {
                        found.add(problem(label, type, path + coordinate, "must be a number"));
                    }
                }
                each(r, "addresses", path, (a, p) -> {
                    requireId("address", a, p, label, found);
                    for (String field : ADDRESS_REQUIRED) {
                        requireText("address", a, p, field, label, found);
                    }
                    if (a.path("address_type").isTextual() && !LOCATION_TYPES.contains(a.get("address_type").asText())) {
                        found.add(problem(label, "address", p + "address_type", "must be one of physical, postal, virtual"));
                    }
                });
                checkCommon(type, r, path, label, found);
            }
            case "service_at_location" -> {
                JsonNode location = r.get("location");
                if (location != null && location.isObject()) {
                    check("location", location, path + "location.", label, found);
                }
                checkCommon(type, r, path, label, found);
            }
            case "taxonomy" -> {
                requireText(type, r, path, "name", label, found);
                requireText(type, r, path, "description", label, found);
            }
            case "taxonomy_term" -> {
                requireText(type, r, path, "name", label, found);
                requireText(type, r, path, "description", label, found);
                JsonNode detail = r.get("taxonomy_detail");
                if (detail != null && detail.isObject()) {
                    check("taxonomy", detail, path + "taxonomy_detail.", label, found);
                }
            }
            default -> {
            }
        }
    }

    private void checkCommon(String type, JsonNode r, String path, String label, List<ImportReport.Problem> found) {
        each(r, "phones", path, (phone, p) -> {
            requireId("phone", phone, p, label, found);
            requireText("phone", phone, p, "number", label, found);
        });
        each(r, "schedules", path, (schedule, p) -> {
            requireId("schedule", schedule, p, label, found);
            JsonNode freq = schedule.get("freq");
            if (freq != null && !freq.isNull() && !Set.of("WEEKLY", "MONTHLY").contains(freq.asText())) {
                found.add(problem(label, "schedule", p + "freq", "must be WEEKLY or MONTHLY"));
            }
            JsonNode wkst = schedule.get("wkst");
            if (wkst != null && !wkst.isNull() && !WEEK_DAYS.contains(wkst.asText())) {
                found.add(problem(label, "schedule", p + "wkst", "must be one of MO, TU, WE, TH, FR, SA, SU"));
            }
            for (String time : List.of("opens_at", "closes_at")) {
                JsonNode value = schedule.get(time);
                if (value != null && !value.isNull() && OpeningTimes.time(value.asText()) == null) {
                    found.add(problem(label, "schedule", p + time, "must be a time such as 09:30 or 09:30:00"));
                }
            }
        });
        for (String part : List.of("contacts", "languages", "accessibility", "cost_options", "service_areas",
                "attributes", "funding", "required_documents", "programs", "organization_identifiers")) {
            each(r, part, path, (child, p) -> requireId(part, child, p, label, found));
        }
        each(r, "metadata", path, (m, p) -> {
            requireId("metadata", m, p, label, found);
            for (String field : List.of("last_action_date", "last_action_type", "field_name", "previous_value",
                    "replacement_value", "updated_by")) {
                JsonNode value = m.get(field);
                if (value == null || value.isNull()) {
                    found.add(problem(label, "metadata", p + field, "is required"));
                }
            }
        });
    }

    private void checkAges(String type, JsonNode r, String path, String label, List<ImportReport.Problem> found) {
        for (String age : List.of("minimum_age", "maximum_age")) {
            JsonNode value = r.get(age);
            if (value != null && !value.isNull() && (!value.isNumber() || value.asDouble() < 0)) {
                found.add(problem(label, type, path + age, "must be a number of years, 0 or more"));
            }
        }
        if (r.path("minimum_age").isNumber() && r.path("maximum_age").isNumber()
                && r.get("minimum_age").asDouble() > r.get("maximum_age").asDouble()) {
            found.add(problem(label, type, path + "maximum_age", "must not be below minimum_age"));
        }
    }

    private void requireId(String type, JsonNode r, String path, String label, List<ImportReport.Problem> found) {
        JsonNode id = r.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            found.add(problem(label, type, path + "id", "is required"));
        } else if (!HsdsStore.isId(id.asText())) {
            found.add(problem(label, type, path + "id", "must be a UUID"));
        }
    }

    private static void requireText(String type, JsonNode r, String path, String field, String label,
                                    List<ImportReport.Problem> found) {
        JsonNode value = r.get(field);
        if (value == null || value.isNull() || !value.isTextual() || value.asText().isBlank()) {
            found.add(problem(label, type, path + field, "is required"));
        }
    }

    private interface Child {
        void check(JsonNode child, String path);
    }

    private static void each(JsonNode r, String field, String path, Child child) {
        JsonNode array = r.get(field);
        if (array == null || !array.isArray()) {
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).isObject()) {
                child.check(array.get(i), path + field + "[" + i + "].");
            }
        }
    }

    private static ImportReport.Problem problem(String label, String type, String field, String message) {
        String plain = field.endsWith(".") ? field.substring(0, field.length() - 1) : field;
        return new ImportReport.Problem(label, type, plain, message);
    }

    /** The area of an existing record this import may not overwrite, if any. */
    private Optional<String> foreignRecord(String type, JsonNode record) throws SQLException {
        Table table = switch (type) {
            case "service" -> Table.SERVICE;
            case "organization" -> Table.ORGANIZATION;
            case "location" -> Table.LOCATION;
            default -> null;
        };
        if (table == null) {
            return Optional.empty();
        }
        return store.lock(table, record.get("id").asText())
                .map(HsdsStore.Existing::areaSlug)
                .filter(slug -> slug != null && !slug.equals(area));
    }

    // ---- writes --------------------------------------------------------------------------------------

    private void writeOrganization(ObjectNode org) throws SQLException {
        ObjectNode document = org.deepCopy();
        JsonNode services = document.remove("services");
        JsonNode locations = document.remove("locations");
        String id = document.get("id").asText();
        Map<String, Object> row = HsdsStore.row();
        row.put("id", id);
        row.put("area_slug", area);
        row.put("name", document.get("name").asText());
        row.put("document", document);
        row.put("created_at", now);
        row.put("updated_at", now);
        row.put("last_verified_at", now);
        write(Table.ORGANIZATION, id, document, row, List.of("created_at", "status", "approved", "area_slug"));
        if (locations != null && locations.isArray()) {
            for (JsonNode location : locations) {
                writeLocation((ObjectNode) location, id);
            }
        }
        if (services != null && services.isArray()) {
            for (JsonNode service : services) {
                writeService((ObjectNode) service, id);
            }
        }
    }

    private void writeService(ObjectNode service, String organizationId) throws SQLException {
        ObjectNode document = service.deepCopy();
        JsonNode org = document.remove("organization");
        JsonNode sals = document.remove("service_at_locations");
        String owner = organizationId;
        if (org != null && org.isObject()) {
            ObjectNode orgOnly = (ObjectNode) org.deepCopy();
            orgOnly.remove("services");
            writeOrganization(orgOnly);
            owner = org.get("id").asText();
        } else if (owner == null && document.path("organization_id").isTextual()) {
            owner = document.get("organization_id").asText();
        }
        if (owner != null && store.lock(Table.ORGANIZATION, owner).isEmpty()) {
            owner = null; // HSDS lets a service name an organisation published elsewhere; we keep the id in the document
        }
        if (owner != null) {
            document.put("organization_id", owner);
        }
        String id = document.get("id").asText();
        Map<String, Object> row = HsdsStore.row();
        row.put("id", id);
        row.put("organization_id", owner);
        row.put("area_slug", area);
        row.put("name", document.get("name").asText());
        row.put("status", document.get("status").asText());
        row.put("minimum_age", number(document, "minimum_age"));
        row.put("maximum_age", number(document, "maximum_age"));
        row.put("free", isFree(document));
        row.put("document", document);
        row.put("created_at", now);
        row.put("updated_at", now);
        row.put("last_verified_at", now);
        write(Table.SERVICE, id, document, row, List.of("created_at", "approved", "area_slug"));

        Set<String> terms = new LinkedHashSet<>();
        JsonNode attributes = document.get("attributes");
        if (attributes != null && attributes.isArray()) {
            for (JsonNode attribute : attributes) {
                JsonNode term = attribute.get("taxonomy_term");
                if (term != null && term.isObject() && term.path("id").isTextual()) {
                    writeTerm((ObjectNode) term);
                    terms.add(term.get("id").asText());
                } else if (attribute.path("taxonomy_term_id").isTextual()) {
                    terms.add(attribute.get("taxonomy_term_id").asText());
                }
            }
        }
        store.replaceTerms(id, terms);
        List<org.oursociety.directory.listing.domain.Opening> openings =
                new ArrayList<>(OpeningTimes.of(document.get("schedules")).openings());
        if (sals != null && sals.isArray()) {
            for (JsonNode sal : sals) {
                ObjectNode salDocument = (ObjectNode) sal;
                writeServiceAtLocation(salDocument, id);
                openings.addAll(OpeningTimes.of(salDocument.get("schedules")).openings());
            }
        }
        store.replaceOpenings(id, openings);
        store.reindex(id); // its own words, its organisation's name and its categories' names
    }

    private void writeLocation(ObjectNode location, String organizationId) throws SQLException {
        ObjectNode document = location.deepCopy();
        String id = document.get("id").asText();
        String owner = organizationId != null ? organizationId
                : document.path("organization_id").isTextual() ? document.get("organization_id").asText() : null;
        String postcode = postcodeOf(document);
        Double latitude = number(document, "latitude");
        Double longitude = number(document, "longitude");
        if ((latitude == null || longitude == null) && postcode != null) {
            Optional<double[]> place = store.coordinatesOf(postcode);
            if (place.isPresent()) {
                latitude = place.get()[0];
                longitude = place.get()[1];
            }
        }
        Map<String, Object> row = HsdsStore.row();
        row.put("id", id);
        row.put("organization_id", owner);
        row.put("area_slug", area);
        row.put("name", document.path("name").isTextual() ? document.get("name").asText() : null);
        row.put("postcode", postcode);
        row.put("latitude", latitude);
        row.put("longitude", longitude);
        row.put("document", document);
        row.put("updated_at", now);
        write(Table.LOCATION, id, document, row, List.of("area_slug"));
    }

    private void writeServiceAtLocation(ObjectNode sal, String serviceId) throws SQLException {
        ObjectNode document = sal.deepCopy();
        JsonNode location = document.remove("location");
        document.remove("service");
        String service = serviceId != null ? serviceId
                : document.path("service_id").isTextual() ? document.get("service_id").asText()
                : sal.path("service").path("id").asText(null);
        if (location != null && location.isObject()) {
            writeLocation((ObjectNode) location, null);
            document.put("location_id", location.get("id").asText());
        }
        if (service == null || store.lock(Table.SERVICE, service).isEmpty()) {
            problems.add(new ImportReport.Problem(document.get("id").asText(), "service_at_location", "service_id",
                    "names no service of this directory; import the service first"));
            return;
        }
        document.put("service_id", service);
        String id = document.get("id").asText();
        Map<String, Object> row = HsdsStore.row();
        row.put("id", id);
        row.put("service_id", service);
        row.put("location_id", document.path("location_id").isTextual() ? document.get("location_id").asText() : null);
        row.put("document", document);
        row.put("updated_at", now);
        write(Table.SERVICE_AT_LOCATION, id, document, row, List.of());
    }

    private void writeTaxonomy(ObjectNode taxonomy) throws SQLException {
        String id = taxonomy.get("id").asText();
        Map<String, Object> row = HsdsStore.row();
        row.put("id", id);
        row.put("name", taxonomy.get("name").asText());
        row.put("document", taxonomy);
        row.put("updated_at", now);
        write(Table.TAXONOMY, id, taxonomy, row, List.of());
    }

    private void writeTerm(ObjectNode term) throws SQLException {
        ObjectNode document = term.deepCopy();
        JsonNode detail = document.remove("taxonomy_detail");
        String taxonomyId = document.path("taxonomy_id").isTextual() ? document.get("taxonomy_id").asText() : null;
        if (detail != null && detail.isObject() && detail.path("id").isTextual()) {
            writeTaxonomy((ObjectNode) detail);
            taxonomyId = detail.get("id").asText();
            document.put("taxonomy_id", taxonomyId);
        }
        if (taxonomyId != null && store.lock(Table.TAXONOMY, taxonomyId).isEmpty()) {
            taxonomyId = null;
        }
        String id = document.get("id").asText();
        Map<String, Object> row = HsdsStore.row();
        row.put("id", id);
        row.put("taxonomy_id", taxonomyId);
        row.put("code", document.path("code").isTextual() ? document.get("code").asText() : null);
        row.put("name", document.get("name").asText());
        row.put("parent_id", document.path("parent_id").isTextual() ? document.get("parent_id").asText() : null);
        row.put("document", document);
        row.put("updated_at", now);
        write(Table.TAXONOMY_TERM, id, document, row, List.of());
    }

    /** Upserts and writes the change log: "create", or one "update" row per top-level field that changed. */
    private void write(Table table, String id, JsonNode document, Map<String, Object> row, List<String> keep)
            throws SQLException {
        Optional<HsdsStore.Existing> before = store.lock(table, id);
        boolean isNew = store.upsert(table, row, keep);
        if (isNew) {
            created++;
            store.recordChange(id, table.hsdsName(), now, "create", "", "", "", actor);
            return;
        }
        updated++;
        JsonNode old = before.map(HsdsStore.Existing::document).orElse(null);
        if (old == null) {
            return;
        }
        Set<String> fields = new LinkedHashSet<>();
        old.fieldNames().forEachRemaining(fields::add);
        document.fieldNames().forEachRemaining(fields::add);
        for (String field : fields) {
            JsonNode was = old.get(field);
            JsonNode is = document.get(field);
            if (was == null ? is != null : !was.equals(is)) {
                store.recordChange(id, table.hsdsName(), now, "update", field, shown(was), shown(is), actor);
            }
        }
    }

    private static String shown(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        String text = value.isValueNode() ? value.asText() : value.toString();
        return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }

    private static Double number(JsonNode r, String field) {
        JsonNode value = r.get(field);
        return value != null && value.isNumber() ? value.asDouble() : null;
    }

    /** Free when every cost option costs nothing, or the fees say "free" and no option has a price. */
    public static boolean isFree(JsonNode service) {
        JsonNode options = service.get("cost_options");
        boolean priced = false;
        boolean anyOption = false;
        if (options != null && options.isArray()) {
            for (JsonNode option : options) {
                anyOption = true;
                if (option.path("amount").isNumber() && option.get("amount").asDouble() > 0) {
                    priced = true;
                }
            }
        }
        if (priced) {
            return false;
        }
        String fees = (service.path("fees_description").asText("") + " " + service.path("fees").asText(""))
                .toLowerCase(java.util.Locale.ROOT);
        return anyOption || fees.matches(".*\\bfree\\b.*");
    }

    /** The postal code of a location's physical address, else of its first address. */
    static String postcodeOf(JsonNode location) {
        JsonNode addresses = location.get("addresses");
        if (addresses == null || !addresses.isArray() || addresses.isEmpty()) {
            return null;
        }
        for (Iterator<JsonNode> it = addresses.elements(); it.hasNext(); ) {
            JsonNode address = it.next();
            if ("physical".equals(address.path("address_type").asText()) && address.path("postal_code").isTextual()) {
                return address.get("postal_code").asText();
            }
        }
        JsonNode first = addresses.get(0).get("postal_code");
        return first != null && first.isTextual() ? first.asText() : null;
    }

    /** The HSDS ids found in an array node, for callers that list them. */
    static List<String> ids(ArrayNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.path("id").asText()));
        return ids;
    }
}
