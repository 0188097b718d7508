package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The directory against the real portal: the official HSDS 3.0 examples imported into an area and read back
 * through the open API with every answer valid by the official schemas (test resources, CC BY-SA 4.0, Open
 * Referral); CORS; search by words, category, age, day and distance; refusals; the module off in an area;
 * the search and service pages over the demo data.
 */
@ExtendWith(SharedPortal.class)
class DirectoryHsdsIT {

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final String API = "/directory/api/hsds";
    private static String examplesWard;

    private final RunningPortal portal;
    private final Http http;
    private String[] admin;

    DirectoryHsdsIT(RunningPortal portal) {
        this.portal = portal;
        this.http = new Http(portal);
    }

    @BeforeEach
    void theOfficialExamplesInAWardOfTheirOwn() throws Exception {
        admin = bearer(new AdminApi(portal).token(RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD));
        synchronized (DirectoryHsdsIT.class) {
            if (examplesWard == null) {
                String ward = newWard("dir-examples");
                for (String file : List.of("service_full.json", "organization_full.json", "service_list.json",
                        "taxonomy_term_list.json", "service_at_location_full.json")) {
                    HttpResponse<String> imported = http.postJson("/directory/api/areas/" + ward + "/import", example(file), admin);
                    assertThat(imported.statusCode()).as(file + " " + imported.body()).isEqualTo(200);
                    assertThat(Http.json(imported).path("problems")).as(file).isEmpty();
                }
                examplesWard = ward;
            }
        }
    }

    @Test
    void importingTheSameRecordsAgainUpdatesThemAndReportsCounts() throws Exception {
        HttpResponse<String> again = http.postJson("/directory/api/areas/" + examplesWard + "/import",
                example("service_full.json"), admin);

        assertThat(again.statusCode()).isEqualTo(200);
        JsonNode report = Http.json(again);
        assertThat(report.path("created").asInt()).isZero();
        assertThat(report.path("updated").asInt()).isPositive();
        assertThat(report.path("problems")).isEmpty();
    }

    @Test
    void everyAnswerOfTheHsdsApiIsSchemaValidAndOpenToAnyOrigin() throws Exception {
        JsonNode about = open(API + "/");
        assertThat(about.path("version").asText()).isEqualTo("3.0");
        assertThat(about.path("openapi_url").asText()).endsWith("/directory/api/hsds/openapi.json");

        JsonNode services = open(API + "/services?area=" + examplesWard + "&per_page=100");
        assertPage(services);
        assertThat(services.path("total_items").asInt()).isGreaterThanOrEqualTo(1);
        for (JsonNode service : services.path("contents")) {
            assertValid("service", service);
            JsonNode full = open(API + "/services/" + service.path("id").asText());
            assertValid("service", full);
        }
        JsonNode official = open(API + "/services/" + Http.JSON.readTree(example("service_full.json")).path("id").asText());
        assertThat(official.path("service_at_locations").get(0).path("location").path("id").asText()).isNotBlank();
        assertThat(official.path("organization").path("name").asText()).isNotBlank();

        JsonNode organizations = open(API + "/organizations?area=" + examplesWard);
        assertPage(organizations);
        for (JsonNode org : organizations.path("contents")) {
            assertValid("organization", org);
            assertValid("organization", open(API + "/organizations/" + org.path("id").asText()));
        }
        JsonNode taxonomies = open(API + "/taxonomies");
        assertPage(taxonomies);
        for (JsonNode taxonomy : taxonomies.path("contents")) {
            assertValid("taxonomy", taxonomy);
            assertValid("taxonomy", open(API + "/taxonomies/" + taxonomy.path("id").asText()));
        }
        JsonNode terms = open(API + "/taxonomy_terms?per_page=200");
        assertPage(terms);
        for (JsonNode term : terms.path("contents")) {
            assertValid("taxonomy_term", term);
        }
        assertValid("taxonomy_term", open(API + "/taxonomy_terms/" + terms.path("contents").get(0).path("id").asText()));
        JsonNode places = open(API + "/service_at_locations?area=" + examplesWard);
        assertPage(places);
        for (JsonNode place : places.path("contents")) {
            assertValid("service_at_location", place);
            assertValid("service_at_location", open(API + "/service_at_locations/" + place.path("id").asText()));
        }
    }

    @Test
    void theOfficialCsvDataPackageImportsAsAZipAndTheDirectoryExportsAsOne() throws Exception {
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
            for (String table : List.of("organizations", "services", "locations", "service_at_location", "addresses",
                    "phones", "schedules", "contacts", "languages", "accessibility", "cost_options", "service_areas",
                    "funding", "required_documents", "attributes", "taxonomies", "taxonomy_terms", "programs",
                    "organization_identifiers", "metadata")) {
                out.putNextEntry(new java.util.zip.ZipEntry("csv/" + table + ".csv"));
                try (InputStream in = DirectoryHsdsIT.class.getResourceAsStream("/hsds-3.0/examples/csv/" + table + ".csv")) {
                    out.write(in.readAllBytes());
                }
                out.closeEntry();
            }
        }
        HttpResponse<String> imported = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(portal.url("/directory/api/areas/" + examplesWard + "/import")))
                .header("Content-Type", "application/zip").header(admin[0], admin[1])
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(zip.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(Http.json(imported).path("problems")).isEmpty();
        JsonNode service = open(API + "/services/" + Http.JSON.readTree(example("service_full.json")).path("id").asText());
        assertValid("service", service);
        assertThat(service.path("cost_options").get(0).path("amount").isNumber()).isTrue();

        java.net.http.HttpResponse<byte[]> export = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(portal.url(API + "/export.zip?area=" + examplesWard))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(export.statusCode()).isEqualTo(200);
        java.util.Map<String, String> files = new java.util.HashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(export.body()))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files.get("services.csv")).startsWith("id,organization_id,program_id,name").contains("Community Counselling");
        assertThat(files.get("locations.csv")).contains(",physical,");
        assertThat(files).containsKeys("organizations.csv", "service_at_location.csv", "schedules.csv", "taxonomy_terms.csv");
    }

    @Test
    void ndjsonGivesOneRecordPerLine() throws Exception {
        HttpResponse<String> response = http.get(API + "/services?area=riverside&format=ndjson");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        String[] lines = response.body().split("\n");
        assertThat(lines.length).isGreaterThan(5);
        for (String line : lines) {
            assertValid("service", Http.JSON.readTree(line));
        }
    }

    @Test
    void theApiSearchesByWordsCategoryAgeDayAndDistanceNearestFirst() throws Exception {
        assertThat(names(open(API + "/services?area=riverside&search=" + enc("food parcels"))))
                .contains("Emergency food parcels");
        String youngPeople = termId("young-people");
        assertThat(names(open(API + "/services?area=riverside&taxonomy_term_id=" + youngPeople)))
                .containsExactlyInAnyOrder("Friday night youth club", "Homework club");
        assertThat(names(open(API + "/services?area=riverside&taxonomy_term_id=" + youngPeople
                + "&minimum_age=17&maximum_age=17"))).containsExactly("Friday night youth club");
        assertThat(names(open(API + "/services?area=hillcrest&day=SU"))).containsExactly("Sunday community meal");
        assertThat(names(open(API + "/services?area=demo-borough&search=food")))
                .as("the borough includes its wards").contains("Emergency food parcels", "Community pantry");

        JsonNode near = open(API + "/service_at_locations?area=demo-borough&postcode=" + enc("DM1 3AB") + "&proximity=1500");
        assertPage(near);
        assertThat(near.path("contents").get(0).path("service").path("name").asText())
                .isIn("Emergency food parcels", "Cooking on a budget");
        JsonNode all = open(API + "/service_at_locations?area=demo-borough&per_page=500");
        assertThat(near.path("total_items").asInt()).isLessThan(all.path("total_items").asInt());
    }

    @Test
    void badParametersAndBadImportsAreRefusedClearly() throws Exception {
        HttpResponse<String> page = http.get(API + "/services?page=0");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(Http.json(page).path("errors").has("page")).isTrue();
        assertThat(http.get(API + "/services?postcode=ZZ99ZZZ").statusCode()).isEqualTo(400);
        assertThat(http.get(API + "/services?area=atlantis").statusCode()).isEqualTo(400);
        assertThat(http.get(API + "/services/" + UUID.randomUUID()).statusCode()).isEqualTo(404);

        String resident = bearer(new AdminApi(portal).token(SessionApiIT.TOM, SessionApiIT.RESIDENT_PASSWORD))[1];
        String path = "/directory/api/areas/" + examplesWard + "/import";
        assertThat(http.postJson(path, "[]").statusCode()).isEqualTo(401);
        assertThat(http.postJson(path, "[]", "Authorization", resident).statusCode()).isEqualTo(403);
        HttpResponse<String> notJson = http.postJson(path, "{\"id\": ", admin);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(Http.json(notJson).path("errors").has("body")).isTrue();
        HttpResponse<String> problems = http.postJson(path,
                "[{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"No status\"," + "\"organization_id\":\"x\"}]", admin);
        assertThat(problems.statusCode()).isEqualTo(200);
        JsonNode problem = Http.json(problems).path("problems").get(0);
        assertThat(problem.path("field").asText()).isEqualTo("status");
        assertThat(problem.path("record").asText()).isNotBlank();
    }

    @Test
    void switchingTheDirectoryOffInAnAreaHidesItsPagesImportAndRecords() throws Exception {
        String ward = newWard("dir-off");
        String service = "{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"Switchable soup kitchen\",\"status\":\"active\"}";
        await(() -> http.postJson("/directory/api/areas/" + ward + "/import", service, admin).statusCode() == 200);
        assertThat(names(open(API + "/services?area=" + ward))).containsExactly("Switchable soup kitchen");

        assertThat(http.sendJson("PUT", "/api/areas/" + ward + "/modules/directory", "{\"enabled\":false}", admin)
                .statusCode()).isEqualTo(200);

        await(() -> http.get("/directory/" + ward + "/").statusCode() == 404);
        assertThat(http.postJson("/directory/api/areas/" + ward + "/import", service, admin).statusCode()).isEqualTo(404);
        assertThat(names(open(API + "/services?search=" + enc("switchable soup")))).isEmpty();
    }

    @Test
    void residentsSearchTheAreaPageAndReadAServiceWithItsOpeningTimesInWords() throws Exception {
        HttpResponse<String> results = http.get("/directory/riverside/?q=" + enc("food parcels"));
        assertThat(results.statusCode()).isEqualTo(200);
        assertThat(results.body()).contains("Emergency food parcels", "Riverside Food Bank");

        HttpResponse<String> near = http.get("/directory/riverside/?postcode=" + enc("DM1 3AB") + "&miles=1");
        assertThat(near.body()).contains("away");
        HttpResponse<String> unknown = http.get("/directory/riverside/?postcode=" + enc("ZZ9 9ZZ"));
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains("os-error-summary", "href=\"#postcode\"");

        String id = open(API + "/services?area=riverside&search=" + enc("food parcels")).path("contents").get(0)
                .path("id").asText();
        HttpResponse<String> page = http.get("/directory/riverside/service.xhtml?id=" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Mondays and Thursdays, 10:00\u201316:00", "Polish", "Step-free");
        assertThat(http.get("/directory/riverside/service.xhtml?id=" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private JsonNode open(String path) throws Exception {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
        return Http.json(response);
    }

    private static void assertPage(JsonNode page) {
        for (String field : List.of("total_items", "total_pages", "page_number", "size", "first_page", "last_page",
                "empty", "contents")) {
            assertThat(page.has(field)).as(field).isTrue();
        }
    }

    private static void assertValid(String type, JsonNode document) {
        JsonSchema schema = SCHEMAS.getSchema(SchemaLocation.of("classpath:hsds-3.0/schema/" + type + ".json"));
        assertThat(schema.validate(document)).as(type + " " + document.path("id").asText()).isEmpty();
    }

    private static List<String> names(JsonNode page) {
        return java.util.stream.StreamSupport.stream(page.path("contents").spliterator(), false)
                .map(s -> s.path("name").asText()).toList();
    }

    private String termId(String code) throws Exception {
        for (JsonNode term : open(API + "/taxonomy_terms?per_page=500").path("contents")) {
            if (term.path("code").asText().equals(code)) {
                return term.path("id").asText();
            }
        }
        throw new AssertionError("no term " + code);
    }

    private String newWard(String prefix) throws Exception {
        String ward = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = http.postJson("/api/areas", "{\"slug\":\"" + ward + "\",\"name\":\"Directory Ward\","
                + "\"type\":\"ward\",\"parent\":\"demo-borough\"}", admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        await(() -> http.get("/directory/" + ward + "/").statusCode() == 200);
        return ward;
    }

    private static String example(String file) throws Exception {
        try (InputStream in = DirectoryHsdsIT.class.getResourceAsStream("/hsds-3.0/examples/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String[] bearer(String token) {
        return new String[]{"Authorization", "Bearer " + token};
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.call()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within 15 s");
            }
            Thread.sleep(200);
        }
    }

    static String userId(RunningPortal portal, String email) throws Exception {
        try (Connection c = portal.database(); PreparedStatement s = c.prepareStatement(
                "select id from core.user_account where email = ?")) {
            s.setString(1, email);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
