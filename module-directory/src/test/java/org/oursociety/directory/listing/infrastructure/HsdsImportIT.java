package org.oursociety.directory.listing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oursociety.directory.listing.HsdsSchemas;
import org.oursociety.directory.listing.application.HsdsImporter;
import org.oursociety.directory.listing.application.HsdsPublication;
import org.oursociety.directory.listing.application.ImportReport;
import org.oursociety.directory.listing.domain.SearchCriteria;
import org.oursociety.directory.postcode.application.PostcodeService;
import org.oursociety.portal.api.internal.startup.SchemaMigrator;
import org.oursociety.portal.api.testing.TestDatabase;

/** HSDS import into PostgreSQL and reading back: the official examples, problems, and searches over the demo. */
class HsdsImportIT {

    private static final List<String> AREAS = List.of("riverside", "hillcrest", "examples");
    private static TestDatabase db;
    private static HsdsStore store;
    private static HsdsQueries queries;
    private static HsdsPublication publication;

    @BeforeAll
    static void migrate() throws Exception {
        db = TestDatabase.create();
        SchemaMigrator.migrate(db.dataSource(), "directory", HsdsImportIT.class.getClassLoader());
        store = new HsdsStore(db.dataSource());
        queries = new HsdsQueries(db.dataSource());
        publication = new HsdsPublication(db.dataSource());
        try (InputStream in = HsdsImportIT.class.getResourceAsStream("/demo/demo-postcodes.csv");
             var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in));
             var load = new org.oursociety.directory.postcode.infrastructure.PostcodeStore(db.dataSource()).startLoad()) {
            org.oursociety.directory.postcode.application.PostcodeFile.read(reader, 1000, load::add, read -> { });
            assertThat(load.commit()).isPositive();
        }
        JsonNode demo = HsdsStore.JSON.readTree(HsdsImportIT.class.getResourceAsStream("/demo/directory-demo.json"));
        for (String area : List.of("riverside", "hillcrest")) {
            ImportReport report = importInto(area, demo.get(area));
            assertThat(report.problems()).as(area).isEmpty();
        }
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void theOfficialFullServiceIsImportedWithItsOrganisationPlacesAndTermsAndReadBackSchemaValid() throws Exception {
        ImportReport first = importInto("examples", example("service_full.json"));
        assertThat(first.problems()).isEmpty();
        assertThat(first.created() + first.updated()).as("service, organisation, location, place, term...")
                .isGreaterThanOrEqualTo(4);

        ImportReport again = importInto("examples", example("service_full.json"));
        assertThat(again.created()).as("a second import updates").isZero();
        assertThat(again.updated()).isEqualTo(first.created() + first.updated());

        String id = example("service_full.json").get("id").asText();
        ObjectNode service = publication.service(id, AREAS).orElseThrow();
        HsdsSchemas.assertValid("service", service);
        assertThat(service.path("organization").path("name").asText()).isNotBlank();
        assertThat(service.path("service_at_locations")).isNotEmpty();
        assertThat(service.path("service_at_locations").get(0).path("location").path("id").asText()).isNotBlank();
        assertThat(service.path("metadata").toString()).contains("\"last_action_type\":\"create\"");
        HsdsSchemas.assertValid("organization",
                publication.organization(service.path("organization").path("id").asText(), AREAS).orElseThrow());
    }

    @Test
    void everyOfficialExampleImportsAndEveryRecordReadsBackSchemaValid() throws Exception {
        for (String file : List.of("organization_full.json", "service_list.json", "organization_list.json",
                "taxonomy.json", "taxonomy_list.json", "taxonomy_term.json", "taxonomy_term_list.json",
                "location.json", "service_at_location_full.json", "service_at_location_list.json")) {
            ImportReport report = importInto("examples", example(file));
            assertThat(report.problems()).as(file).isEmpty();
        }
        HsdsQueries.Page<HsdsQueries.Found> services = queries.services(SearchCriteria.in(AREAS), 0, 500, false);
        for (HsdsQueries.Found found : services.items()) {
            HsdsSchemas.assertValid("service", publication.complete(found));
        }
        // the API's list: each service's one-to-one fields and its organisation's, as PostgreSQL keeps them (V11)
        HsdsQueries.Page<String> listings = queries.listings(SearchCriteria.in(AREAS), 0, 500);
        assertThat(listings.total()).isEqualTo(services.total());
        for (int i = 0; i < listings.items().size(); i++) {
            JsonNode listing = HsdsStore.parse(listings.items().get(i));
            HsdsSchemas.assertValid("service", listing);
            HsdsQueries.Found found = services.items().get(i);
            ObjectNode expected = HsdsQueries.oneToOne(found.service());
            if (found.organization() != null) {
                expected.set("organization", HsdsQueries.oneToOne(found.organization()));
            }
            assertThat(listing).isEqualTo(expected);
        }
        for (ObjectNode org : queries.organizations(AREAS, null, 0, 500, false).items()) {
            HsdsSchemas.assertValid("organization", org);
        }
        for (ObjectNode term : queries.taxonomyRecords(true, null, 0, 500).items()) {
            HsdsSchemas.assertValid("taxonomy_term", term);
        }
        for (ObjectNode taxonomy : queries.taxonomyRecords(false, null, 0, 500).items()) {
            HsdsSchemas.assertValid("taxonomy", taxonomy);
        }
        for (ObjectNode sal : queries.servicesAtLocations(AREAS, null, null, 0, 500).items()) {
            HsdsSchemas.assertValid("service_at_location", sal);
        }
    }

    @Test
    void theOfficialCsvDataPackageImportsIntoNestedRecordsThatReadBackSchemaValid() throws Exception {
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
            java.nio.file.Path dir = java.nio.file.Path.of(HsdsImportIT.class.getResource("/hsds-3.0/examples/csv").toURI());
            try (var files = java.nio.file.Files.list(dir)) {
                for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                    out.putNextEntry(new java.util.zip.ZipEntry("csv/" + file.getFileName()));
                    out.write(java.nio.file.Files.readAllBytes(file));
                    out.closeEntry();
                }
            }
        }
        var data = org.oursociety.directory.listing.application.CsvDataPackage.read(
                new java.io.ByteArrayInputStream(zip.toByteArray()));

        try (TestDatabase own = TestDatabase.create()) { // the same ids as the JSON examples, in an area of their own
            SchemaMigrator.migrate(own.dataSource(), "directory", HsdsImportIT.class.getClassLoader());
            ImportReport report = new HsdsImporter(new HsdsStore(own.dataSource()), "csv", "test@example.org",
                    Instant.now()).importDocument(data.records());

            assertThat(report.problems()).isEmpty();
            assertThat(report.created()).isGreaterThanOrEqualTo(5);
            HsdsQueries.Found found = new HsdsQueries(own.dataSource()).services(SearchCriteria.in(List.of("csv")), 0, 10,
                    false).items().get(0);
            assertCsvService(new HsdsPublication(own.dataSource()).complete(found));
        }
    }

    private static void assertCsvService(ObjectNode service) {
        HsdsSchemas.assertValid("service", service);
        assertThat(service.path("name").asText()).isEqualTo("Community Counselling");
        assertThat(service.path("service_at_locations").get(0).path("location").path("addresses")).isNotEmpty();
        assertThat(service.path("cost_options").get(0).path("amount").isNumber()).isTrue();
    }

    @Test
    void aRecordWithProblemsIsLeftOutWholeAndEachProblemNamesTheRecordAndField() throws Exception {
        JsonNode records = HsdsStore.JSON.readTree("""
                [{"id":"8a1e5b5c-0000-4000-8000-000000000001","name":"","status":"open","minimum_age":"ten"},
                 {"id":"not-a-uuid","name":"Good name","description":"x","website":"https://x.example"},
                 {"id":"8a1e5b5c-0000-4000-8000-000000000003","name":"Fine","status":"active",
                  "phones":[{"id":"8a1e5b5c-0000-4000-8000-000000000004"}]}]""");

        ImportReport report = importInto("examples", records);

        assertThat(report.created()).isZero();
        assertThat(report.problems()).extracting(ImportReport.Problem::record, ImportReport.Problem::field)
                .contains(org.assertj.core.groups.Tuple.tuple("8a1e5b5c-0000-4000-8000-000000000001", "name"),
                        org.assertj.core.groups.Tuple.tuple("8a1e5b5c-0000-4000-8000-000000000001", "status"),
                        org.assertj.core.groups.Tuple.tuple("8a1e5b5c-0000-4000-8000-000000000001", "minimum_age"),
                        org.assertj.core.groups.Tuple.tuple("not-a-uuid", "id"),
                        org.assertj.core.groups.Tuple.tuple("8a1e5b5c-0000-4000-8000-000000000003", "phones[0].number"));
        assertThat(store.lock(HsdsStore.Table.SERVICE, "8a1e5b5c-0000-4000-8000-000000000003")).isEmpty();
    }

    @Test
    void aRecordOfAnotherAreaIsNotOverwritten() throws Exception {
        JsonNode demo = HsdsStore.JSON.readTree(HsdsImportIT.class.getResourceAsStream("/demo/directory-demo.json"));
        JsonNode riversideOrg = demo.get("riverside").get(0);

        ImportReport report = importInto("hillcrest", riversideOrg);

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("id");
            assertThat(p.message()).contains("riverside");
        });
    }

    @Test
    void searchFindsByKeywordCategoryAgeDayAndFreeOfCharge() throws Exception {
        List<String> riverside = List.of("riverside");
        assertThat(names(criteria(riverside, "food parcels", null, null, null, null, null, false)))
                .contains("Emergency food parcels");
        String youngPeople = queries.taxonomyRecords(true, null, 0, 100).items().stream()
                .filter(t -> t.path("code").asText().equals("young-people")).findFirst().orElseThrow().get("id").asText();
        assertThat(names(criteria(riverside, null, youngPeople, null, null, null, null, false)))
                .containsExactlyInAnyOrder("Friday night youth club", "Homework club");
        assertThat(names(criteria(riverside, null, youngPeople, 17.0, 17.0, null, null, false)))
                .as("a 17-year-old").containsExactly("Friday night youth club");
        assertThat(names(criteria(riverside, null, null, null, null, DayOfWeek.FRIDAY, LocalTime.of(19, 0), false)))
                .as("open on Friday at 19:00").containsExactlyInAnyOrder("Friday night youth club", "Rooms for community groups");
        assertThat(names(criteria(List.of("hillcrest"), null, null, null, null, null, null, true)))
                .contains("Sunday community meal").doesNotContain("Community pantry");
    }

    @Test
    void searchByDistanceFromAPostcodeGivesTheNearestFirstWithinTheProximity() throws Exception {
        double[] centre = store.coordinatesOf("dm1 3ab").orElseThrow();
        SearchCriteria near = new SearchCriteria(AREAS, null, null, null, null, null, null, null, null, null, null, false,
                new SearchCriteria.Near(centre[0], centre[1], 1500));

        HsdsQueries.Page<HsdsQueries.Found> found = queries.services(near, 0, 50, false);

        assertThat(found.items()).isNotEmpty();
        assertThat(found.items().get(0).service().path("name").asText()).isIn("Emergency food parcels", "Cooking on a budget");
        assertThat(found.items()).extracting(HsdsQueries.Found::metres).isSorted().allMatch(m -> m <= 1500);
        assertThat(found.total()).isLessThan(queries.services(SearchCriteria.in(AREAS), 0, 50, false).total());
    }

    @Test
    void locationsWithoutCoordinatesArePlacedByTheirPostcode() throws Exception {
        assertThat(queries.servicesAtLocations(List.of("riverside"), null, null, 0, 100).items())
                .allSatisfy(sal -> assertThat(sal.path("location").path("latitude").isMissingNode()).isTrue());
        try (var c = db.dataSource().getConnection(); var s = c.createStatement();
             var row = s.executeQuery("select count(*) from directory.location where area_slug = 'riverside' and latitude is null")) {
            row.next();
            assertThat(row.getLong(1)).isZero();
        }
    }

    private static List<String> names(SearchCriteria criteria) throws Exception {
        return queries.services(criteria, 0, 100, true).items().stream().map(f -> f.service().get("name").asText()).toList();
    }

    private static SearchCriteria criteria(List<String> areas, String text, String term, Double min, Double max,
                                           DayOfWeek day, LocalTime at, boolean free) {
        return new SearchCriteria(areas, text, term, null, null, null, min, max, day, at, null, free, null);
    }

    private static ImportReport importInto(String area, JsonNode document) throws Exception {
        try (var c = db.dataSource().getConnection()) {
            return new HsdsImporter(store, area, "test@example.org", Instant.now()).importDocument(document);
        }
    }

    private static JsonNode example(String file) throws Exception {
        return HsdsStore.JSON.readTree(HsdsImportIT.class.getResourceAsStream("/hsds-3.0/examples/" + file));
    }

    static Class<?> unused() {
        return PostcodeService.class;
    }
}
