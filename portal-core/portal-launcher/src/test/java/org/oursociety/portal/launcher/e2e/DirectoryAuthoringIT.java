package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The directory's management API for new listings and large imports, against the real portal: organisations
 * and services created (with opening hours entered as days and times) are published schema-valid at once,
 * with their creation in the HSDS change log; wrong fields are problem+json at the field; strangers are
 * refused. Large HSDS files and postcode files run as jobs whose progress the uploader follows; the small
 * import keeps answering in one request. The map's tile host is in the pages' img-src.
 */
@ExtendWith(SharedPortal.class)
class DirectoryAuthoringIT {

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final RunningPortal portal;
    private final Http http;
    private String[] admin;
    private String ward;

    DirectoryAuthoringIT(RunningPortal portal) {
        this.portal = portal;
        this.http = new Http(portal);
    }

    @BeforeEach
    void aWardOfItsOwn() throws Exception {
        admin = new String[]{"Authorization", "Bearer " + new AdminApi(portal).token(RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD)};
        ward = "dir-authoring-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = http.postJson("/api/areas", "{\"slug\":\"" + ward + "\",\"name\":\"Authoring Ward\","
                + "\"type\":\"ward\",\"parent\":\"demo-borough\"}", admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Await.until(() -> http.get("/directory/" + ward + "/").statusCode() == 200);
    }

    @Test
    void anAreaAdminAddsAnOrganisationAndItsEditorAServiceWithOpeningHoursPublishedSchemaValidAtOnce() throws Exception {
        HttpResponse<String> org = http.postJson("/directory/api/areas/" + ward + "/organizations",
                "{\"name\":\"Hillside Repair Café\",\"description\":\"Volunteers mend what you bring.\",\"website\":\"https://repair.example\"}",
                admin);
        assertThat(org.statusCode()).as(org.body()).isEqualTo(201);
        String orgId = Http.json(org).path("id").asText();
        JsonNode published = open("/directory/api/hsds/organizations/" + orgId);
        assertValid("organization", published);
        assertThat(published.path("name").asText()).isEqualTo("Hillside Repair Café");
        assertThat(published.path("metadata").toString()).contains("create");

        String editor = new AdminApi(portal).newResident("dir-authoring-editor");
        String[] member = {"Authorization", "Bearer " + new AdminApi(portal).token(editor, AdminApi.PASSWORD)};
        String service = "{\"name\":\"Repair evenings\",\"description\":\"Bring a broken toaster.\",\"fees_description\":\"Free\","
                + "\"hours\":[{\"days\":[\"MO\",\"TH\"],\"opens\":\"10:00\",\"closes\":\"16:00\"},{\"days\":[\"SA\"],\"opens\":\"9\",\"closes\":\"12:30\"}]}";
        HttpResponse<String> stranger = http.postJson("/directory/api/organizations/" + orgId + "/services", service, member);
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(stranger.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));

        HttpResponse<String> claim = http.postJson("/directory/api/organizations/" + orgId + "/claims", "{}", member);
        assertThat(http.postJson("/directory/api/claims/" + Http.json(claim).path("id").asText() + "/approve", "", admin)
                .statusCode()).isEqualTo(200);
        HttpResponse<String> created = http.postJson("/directory/api/organizations/" + orgId + "/services", service, member);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String serviceId = Http.json(created).path("id").asText();

        JsonNode full = open("/directory/api/hsds/services/" + serviceId);
        assertValid("service", full);
        assertThat(full.path("organization").path("id").asText()).isEqualTo(orgId);
        assertThat(full.path("schedules")).hasSize(2);
        assertThat(full.path("schedules").get(0).path("byday").asText()).isEqualTo("MO,TH");
        assertThat(full.path("schedules").get(1).path("opens_at").asText()).startsWith("09:00");
        JsonNode mondays = open("/directory/api/hsds/services?area=" + ward + "&day=MO");
        assertThat(mondays.path("contents").toString()).contains(serviceId);
        assertThat(http.get("/directory/" + ward + "/service.xhtml?id=" + serviceId).body())
                .contains("Mondays and Thursdays, 10:00");

        HttpResponse<String> hours = http.sendJson("PUT", "/directory/api/services/" + serviceId + "/hours",
                "[{\"days\":[\"WE\"],\"opens\":\"18:00\",\"closes\":\"20:00\"}]", member);
        assertThat(hours.statusCode()).as(hours.body()).isEqualTo(204);
        JsonNode changed = open("/directory/api/hsds/services/" + serviceId);
        assertValid("service", changed);
        assertThat(changed.path("schedules")).hasSize(1);
        assertThat(changed.path("schedules").get(0).path("byday").asText()).isEqualTo("WE");
    }

    @Test
    void wrongFieldsAreProblemsAtTheFieldAndNothingIsSaved() throws Exception {
        HttpResponse<String> noName = http.postJson("/directory/api/areas/" + ward + "/organizations",
                "{\"description\":\"\",\"website\":\"not a link\"}", admin);
        assertThat(noName.statusCode()).isEqualTo(400);
        JsonNode problem = Http.json(noName);
        assertThat(problem.toString()).contains("name").contains("website").contains("description");

        HttpResponse<String> org = http.postJson("/directory/api/areas/" + ward + "/organizations",
                "{\"name\":\"Tidy Streets\",\"description\":\"Litter picks.\"}", admin);
        assertThat(org.statusCode()).as(org.body()).isEqualTo(201);
        String orgId = Http.json(org).path("id").asText();
        HttpResponse<String> badHours = http.postJson("/directory/api/organizations/" + orgId + "/services",
                "{\"name\":\"Litter pick\",\"description\":\"Gloves provided.\",\"hours\":[{\"days\":[\"XX\"],\"opens\":\"14:00\",\"closes\":\"10:00\"}]}",
                admin);
        assertThat(badHours.statusCode()).as(badHours.body()).isEqualTo(400);
        assertThat(badHours.body()).contains("hours[0].days").contains("hours[0].closes");
        assertThat(open("/directory/api/hsds/services?area=" + ward).path("total_items").asInt()).isZero();

        assertThat(http.postJson("/directory/api/areas/" + ward + "/organizations", "not json", admin).statusCode()).isEqualTo(400);
        assertThat(http.postJson("/directory/api/areas/" + ward + "/organizations",
                "{\"name\":\"X\",\"description\":\"Y\"}").statusCode()).isEqualTo(401);
    }

    @Test
    void aLargeImportRunsAsAJobWhoseProgressTheUploaderFollowsWhileTheSmallImportStillAnswersAtOnce() throws Exception {
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 120; i++) {
            many.append(i == 0 ? "" : ",").append("{\"id\":\"").append(UUID.randomUUID()).append("\",\"name\":\"Group ")
                    .append(i).append("\",\"description\":\"A group.\",\"website\":\"https://g").append(i).append(".example\"}");
        }
        many.append(",{\"id\":\"not-a-uuid\",\"name\":\"Broken\",\"description\":\"x\",\"website\":\"https://b.example\"}]");
        HttpResponse<String> started = http.postJson("/directory/api/areas/" + ward + "/imports", many.toString(), admin);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String location = URI.create(started.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(location).startsWith("/directory/api/imports/");

        Await.until(Duration.ofSeconds(60), "the import job ends", () -> !Http.json(http.get(location, admin))
                .path("state").asText().equals("running"));
        JsonNode done = Http.json(http.get(location, admin));
        assertThat(done.path("state").asText()).isEqualTo("done");
        assertThat(done.path("total").asInt()).isEqualTo(121);
        assertThat(done.path("done").asInt()).isEqualTo(121);
        assertThat(done.path("created").asInt()).isEqualTo(120);
        assertThat(done.path("problem_count").asInt()).isEqualTo(1);
        assertThat(done.path("problems").get(0).path("record").asText()).isEqualTo("not-a-uuid");
        assertThat(open("/directory/api/hsds/organizations?area=" + ward).path("total_items").asInt()).isEqualTo(120);

        String stranger = new AdminApi(portal).newResident("dir-job-stranger");
        String[] other = {"Authorization", "Bearer " + new AdminApi(portal).token(stranger, AdminApi.PASSWORD)};
        assertThat(http.get(location, other).statusCode()).isEqualTo(404);
        assertThat(http.postJson("/directory/api/areas/" + ward + "/imports", "[]", other).statusCode()).isEqualTo(403);

        HttpResponse<String> small = http.postJson("/directory/api/areas/" + ward + "/import",
                "{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"One more\",\"description\":\"Small.\",\"website\":\"https://one.example\"}", admin);
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(Http.json(small).path("created").asInt()).isEqualTo(1);
    }

    @Test
    void aPostcodeFileIsStreamedAndLoadedAsAJobThenSearchedBy() throws Exception {
        long before = Http.json(http.get("/directory/api/postcodes")).path("postcodes").asLong();
        StringBuilder csv = new StringBuilder("\"pcd\",\"pcd2\",\"pcds\",\"lat\",\"long\"\n");
        for (int i = 0; i < 500; i++) {
            String code = "ZT" + (1 + i / 100) + " " + (i % 10) + (char) ('A' + i / 10 % 10) + "B";
            csv.append('"').append(code).append("\",\"\",\"").append(code).append("\",").append(52.3 + i / 10000.0)
                    .append(',').append(-1.5).append('\n');
        }
        csv.append("\"ZT9 9ZZ\",\"\",\"ZT9 9ZZ\",99.999999,0.000000\n");
        HttpResponse<String> started = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(portal.url("/directory/api/postcodes")))
                .header("Content-Type", "text/csv").header(admin[0], admin[1])
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String location = URI.create(started.headers().firstValue("Location").orElseThrow()).getPath();
        Await.until(Duration.ofSeconds(60), "the postcode job ends", () -> !Http.json(http.get(location, admin))
                .path("state").asText().equals("running"));
        JsonNode done = Http.json(http.get(location, admin));
        assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("done");
        assertThat(done.path("done").asInt()).isEqualTo(500);
        assertThat(Http.json(http.get("/directory/api/postcodes")).path("postcodes").asLong()).isGreaterThanOrEqualTo(before + 500 - 1);
        assertThat(http.get("/directory/api/hsds/services?postcode=ZT1%200AB&proximity=1000").statusCode()).isEqualTo(200);

        String resident = new AdminApi(portal).newResident("dir-postcode-resident");
        String[] member = {"Authorization", "Bearer " + new AdminApi(portal).token(resident, AdminApi.PASSWORD)};
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(portal.url("/directory/api/postcodes")))
                .header("Content-Type", "text/csv").header(member[0], member[1])
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void theSearchPageAllowsTheConfiguredTileServerForImagesOnly() throws Exception {
        HttpResponse<String> page = http.get("/directory/riverside/?q=food");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).matches(".*img-src[^;]*https://tile\\.openstreetmap\\.org.*");
        assertThat(policy).doesNotMatch(".*script-src[^;]*openstreetmap.*");
        assertThat(page.body()).contains("id=\"directory-map\"").contains("aria-hidden=\"true\"").contains("OpenStreetMap");
    }

    private JsonNode open(String path) throws Exception {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return Http.json(response);
    }

    private static void assertValid(String type, JsonNode document) {
        JsonSchema schema = SCHEMAS.getSchema(SchemaLocation.of("classpath:hsds-3.0/schema/" + type + ".json"));
        assertThat(schema.validate(document)).as(type + " " + document.path("id").asText()).isEmpty();
    }
}
