package org.oursociety.directory.listing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oursociety.directory.listing.application.HsdsImporter;
import org.oursociety.directory.listing.domain.SearchCriteria;
import org.oursociety.portal.api.internal.startup.SchemaMigrator;
import org.oursociety.portal.api.testing.TestDatabase;

/**
 * The search by distance (issue 11's: words, category and a postcode) finds exactly what a plain statement that
 * measures every published service's places finds, nearest first, page after page, with the right total.
 */
class NearestSearchIT {

    private static final String AREA = "nearby";
    private static final double LATITUDE = 52.393494;
    private static final double LONGITUDE = -1.537289;
    private static final String[] WORDS = {"choir", "garden", "repair"};
    private static TestDatabase db;
    private static HsdsQueries queries;
    private static List<String> terms;

    @BeforeAll
    static void fixture() throws Exception {
        db = TestDatabase.create();
        SchemaMigrator.migrate(db.dataSource(), "directory", NearestSearchIT.class.getClassLoader());
        queries = new HsdsQueries(db.dataSource());
        terms = queries.taxonomyRecords(true, null, 0, 3).items().stream().map(t -> t.get("id").asText()).toList();
        HsdsStore store = new HsdsStore(db.dataSource());
        Random random = new Random(11);
        StringBuilder json = new StringBuilder("[");
        for (int n = 0; n < 40; n++) {
            json.append(n == 0 ? "" : ",").append(organisation(random, n));
        }
        var report = new HsdsImporter(store, AREA, "test@example.org", Instant.now())
                .importDocument(HsdsStore.JSON.readTree(json.append(']').toString()));
        assertThat(report.problems()).isEmpty();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void wordsCategoryAndDistanceFindWhatMeasuringEveryServiceFindsNearestFirstPageByPage() throws Exception {
        SearchCriteria criteria = new SearchCriteria(List.of(AREA), "choir", terms.get(0), null, null, null, null, null,
                null, null, null, false, new SearchCriteria.Near(LATITUDE, LONGITUDE, 2500));
        List<String> expected = everyServiceMeasured("choir", terms.get(0), 2500);
        assertThat(expected).as("the fixture has a few pages").hasSizeGreaterThan(5);
        assertThat(expected.stream().map(NearestSearchIT::places).distinct())
                .as("services at one, two and five places are compared").contains(1, 2, 5);

        assertThat(pageByPage(criteria, 3, expected.size())).containsExactlyElementsOf(expected);
        HsdsQueries.Page<HsdsQueries.Found> first = queries.services(criteria, 0, 3, false);
        assertThat(first.items()).extracting(HsdsQueries.Found::metres).isSorted().allMatch(m -> m <= 2500);
        assertThat(first.items()).allSatisfy(f -> assertThat(f.organization().path("name").asText()).startsWith("Group "));
    }

    @Test
    void distanceAloneFindsWhatMeasuringEveryServiceFinds() throws Exception {
        SearchCriteria criteria = new SearchCriteria(List.of(AREA), null, null, null, null, null, null, null, null, null,
                null, false, new SearchCriteria.Near(LATITUDE, LONGITUDE, 1500));
        List<String> expected = everyServiceMeasured(null, null, 1500);

        assertThat(pageByPage(criteria, 10, expected.size())).containsExactlyElementsOf(expected);
    }

    @Test
    void aPagePastTheLastIsEmptyAndStillCountsTheMatches() throws Exception {
        SearchCriteria criteria = new SearchCriteria(List.of(AREA), "garden", null, null, null, null, null, null, null,
                null, null, false, new SearchCriteria.Near(LATITUDE, LONGITUDE, 3000));
        int matches = everyServiceMeasured("garden", null, 3000).size();

        HsdsQueries.Page<HsdsQueries.Found> past = queries.services(criteria, 1000, 10, false);

        assertThat(past.items()).isEmpty();
        assertThat(past.total()).isEqualTo(matches).isPositive();
    }

    @Test
    void aServiceIsMeasuredFromWhereItsPlacesAreNowWhoeverMovedThem() throws Exception {
        String service = UUID.randomUUID().toString();
        String far = UUID.randomUUID().toString();
        String unplaced = UUID.randomUUID().toString();
        String link = UUID.randomUUID().toString();
        String json = "{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"Movers\",\"description\":\"Moving.\","
                + "\"locations\":[{\"id\":\"" + far + "\",\"location_type\":\"physical\",\"latitude\":"
                + (LATITUDE + 0.1) + ",\"longitude\":" + LONGITUDE + "},{\"id\":\"" + unplaced
                + "\",\"location_type\":\"physical\",\"name\":\"No coordinates yet\"}],"
                + "\"services\":[{\"id\":\"" + service + "\",\"name\":\"Travelling choir\",\"status\":\"active\","
                + "\"service_at_locations\":[{\"id\":\"" + UUID.randomUUID() + "\",\"location_id\":\"" + far
                + "\"},{\"id\":\"" + link + "\",\"location_id\":\"" + unplaced + "\"}]}]}";
        var report = new HsdsImporter(new HsdsStore(db.dataSource()), "moving", "test@example.org", Instant.now())
                .importDocument(HsdsStore.JSON.readTree(json));
        assertThat(report.problems()).isEmpty();
        SearchCriteria nearby = new SearchCriteria(List.of("moving"), "choir", null, null, null, null, null, null, null,
                null, null, false, new SearchCriteria.Near(LATITUDE, LONGITUDE, 2000));
        assertThat(queries.services(nearby, 0, 10, false).items()).as("11 km away, and a place with no coordinates")
                .isEmpty();

        update("update directory.location set latitude = ?, longitude = ? where id = ?", LATITUDE, LONGITUDE, unplaced);
        assertThat(queries.services(nearby, 0, 10, false).items()).as("the place given coordinates (as a postcode does)")
                .singleElement().satisfies(f -> assertThat(f.metres()).isLessThan(1.0));

        update("delete from directory.service_at_location where id = ?", link);
        assertThat(queries.services(nearby, 0, 10, false).items()).as("no longer there").isEmpty();

        update("update directory.location set latitude = ? where id = ?", LATITUDE + 0.005, far);
        assertThat(queries.services(nearby, 0, 10, false).items()).as("its other place moved nearer")
                .singleElement().satisfies(f -> assertThat(f.metres()).isBetween(500.0, 600.0));
    }

    @Test
    void aCategoryIdNoTermCanHaveFindsNothingAndIsNoError() throws Exception {
        for (String id : new String[]{"x".repeat(3000), "it's \\ | !", "not-a-uuid"}) {
            SearchCriteria near = new SearchCriteria(List.of(AREA), "choir", id, null, null, null, null, null, null,
                    null, null, false, new SearchCriteria.Near(LATITUDE, LONGITUDE, 2500));
            SearchCriteria anywhere = new SearchCriteria(List.of(AREA), null, id, null, null, null, null, null, null,
                    null, null, false, null);
            assertThat(queries.services(near, 0, 10, false).total()).as(id.substring(0, 10)).isZero();
            assertThat(queries.listings(anywhere, 0, 10).total()).as(id.substring(0, 10)).isZero();
        }
    }

    /** How many places with coordinates the service has, as its row keeps them (V12). */
    private static int places(String serviceId) {
        try (var c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "select cardinality(place_latitudes) from directory.service where id = ?")) {
            s.setString(1, serviceId);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(String sql, Object... params) throws Exception {
        try (var c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    /** The search's pages one after the other, each telling the same total. */
    private static List<String> pageByPage(SearchCriteria criteria, int size, int total) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int offset = 0; offset < total + size; offset += size) {
            HsdsQueries.Page<HsdsQueries.Found> page = queries.services(criteria, offset, size, false);
            if (!page.items().isEmpty()) {
                assertThat(page.total()).isEqualTo(total);
            }
            page.items().forEach(f -> ids.add(f.service().get("id").asText()));
        }
        return ids;
    }

    /** The oracle: every published service of the area measured by each of its places, no index tricks. */
    private static List<String> everyServiceMeasured(String word, String term, double metres) throws Exception {
        String sql = """
                select id from (
                  select s.id, (select min(2 * 6371000 * asin(sqrt(power(sin(radians(l.latitude - ?) / 2), 2)
                         + cos(radians(?)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - ?) / 2), 2))))
                         from directory.service_at_location sal join directory.location l on l.id = sal.location_id
                         where sal.service_id = s.id) metres
                  from directory.service s join directory.organization o on o.id = s.organization_id
                  where s.area_slug = ? and s.status = 'active' and s.approved and o.status = 'active' and o.approved
                    and (cast(? as text) is null or s.search @@ websearch_to_tsquery('english', ?))
                    and (cast(? as text) is null or exists (select 1 from directory.service_term st
                                                             where st.service_id = s.id and st.term_id = ?))) m
                where metres <= ? order by metres, id""";
        try (var c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            Object[] params = {LATITUDE, LATITUDE, LONGITUDE, AREA, word, word, term, term, metres};
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    /**
     * An organisation with five places around the centre and five services: four at one or two of them, one at
     * all five (the search measures one or two places by arithmetic, more by {@code unnest}).
     */
    private static String organisation(Random random, int n) {
        StringBuilder json = new StringBuilder("{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"Group " + n
                + "\",\"description\":\"A community group.\",\"locations\":[");
        List<String> locations = new ArrayList<>();
        for (int l = 0; l < 5; l++) {
            String id = UUID.randomUUID().toString();
            locations.add(id);
            json.append(l == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\",\"location_type\":\"physical\",\"name\":\"Hall ").append(n)
                    .append("\",\"latitude\":").append(LATITUDE + random.nextGaussian() * 0.02)
                    .append(",\"longitude\":").append(LONGITUDE + random.nextGaussian() * 0.03).append('}');
        }
        json.append("],\"services\":[");
        for (int s = 0; s < 5; s++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            json.append(s == 0 ? "" : ",").append("{\"id\":\"").append(UUID.randomUUID()).append("\",\"name\":\"")
                    .append(word).append(' ').append(n).append('-').append(s).append("\",\"description\":\"Weekly ")
                    .append(word).append(".\",\"status\":\"active\",\"attributes\":[{\"id\":\"").append(UUID.randomUUID())
                    .append("\",\"taxonomy_term_id\":\"").append(terms.get(random.nextInt(terms.size())))
                    .append("\"}],\"service_at_locations\":[");
            int first = s == 4 ? 0 : s;
            for (int l = first; l < locations.size(); l += s == 4 ? 1 : 4) {
                json.append(l == first ? "" : ",").append("{\"id\":\"").append(UUID.randomUUID())
                        .append("\",\"location_id\":\"").append(locations.get(l)).append("\"}");
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }
}
