package org.oursociety.directory.listing.application;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.oursociety.directory.listing.domain.SearchCriteria;
import org.oursociety.directory.listing.infrastructure.HsdsQueries;
import org.oursociety.directory.listing.infrastructure.HsdsStore;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;

/**
 * What the open HSDS API and the pages publish: active, approved records of areas where the directory is
 * on, as HSDS 3.0 documents. Pages of results have the shape of the HSDS API ({@code total_items},
 * {@code contents}...).
 */
@ApplicationScoped
public class HsdsPublication {

    public static final int MAX_PER_PAGE = 500;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    DirectoryAreas areas;

    @Inject
    SearchGate gate;

    private HsdsQueries queries;
    private HsdsStore store;
    private final RecentPostcodes recentPostcodes = new RecentPostcodes(java.time.Clock.systemUTC());

    /** For CDI. */
    public HsdsPublication() {
    }

    /** Outside the container (tests): documents only, no area scopes. */
    public HsdsPublication(DataSource dataSource) {
        this.dataSource = dataSource;
        this.gate = new SearchGate(Optional.empty());
        init();
    }

    @PostConstruct
    void init() {
        queries = new HsdsQueries(dataSource);
        store = new HsdsStore(dataSource);
    }

    /** The areas an {@code area} parameter names (with its sub-areas), or every published area. */
    public List<String> scope(String area) {
        if (area == null || area.isBlank()) {
            return areas.published();
        }
        return areas.withSubAreas(area).orElseThrow(() -> Refusal.invalid("area",
                new Message(DirectoryPermissions.BUNDLE, "api.area.unknown", area)));
    }

    /** Services matching the criteria, nearest first when a place is given; a few at a time ({@link SearchGate}). */
    public HsdsQueries.Page<HsdsQueries.Found> search(SearchCriteria criteria, int page, int perPage, boolean byName) {
        return gate.run(() -> read(() -> queries.services(criteria, (page - 1) * perPage, perPage, byName)));
    }

    /** Coordinates of the services that have a place with them, for the map beside a list. */
    public java.util.Map<String, double[]> placesOnMap(List<String> serviceIds) {
        return read(() -> queries.placesOnMap(serviceIds));
    }

    /** Services as the HSDS API lists them, each its one-to-one fields with its organisation's, as JSON text. */
    public HsdsQueries.Page<String> listings(SearchCriteria criteria, int page, int perPage) {
        return gate.run(() -> read(() -> queries.listings(criteria, (page - 1) * perPage, perPage)));
    }

    public Optional<ObjectNode> service(String id, List<String> scope) {
        return read(() -> queries.service(id, scope)).map(this::complete);
    }

    /** The service with its organisation, places (each with its location) and change log. */
    public ObjectNode complete(HsdsQueries.Found found) {
        ObjectNode service = found.service().deepCopy();
        String id = service.get("id").asText();
        if (found.organization() != null) {
            service.set("organization", HsdsQueries.oneToOne(found.organization()));
        }
        if (found.lastVerified() != null) {
            // HSDS: "the date that the information about the service was last checked"
            service.put("assured_date", found.lastVerified().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate().toString());
        }
        ArrayNode places = service.putArray("service_at_locations");
        read(() -> queries.placesOf(id)).forEach(places::add);
        withChanges(service, id);
        return service;
    }

    public HsdsQueries.Page<ObjectNode> organizations(List<String> scope, String text, int page, int perPage, boolean byName) {
        return read(() -> queries.organizations(scope, text, (page - 1) * perPage, perPage, byName));
    }

    /** An organisation with its locations, its services (their own fields) and its change log. */
    public Optional<ObjectNode> organization(String id, List<String> scope) {
        return read(() -> queries.organization(id, scope)).map(org -> {
            ArrayNode locations = org.putArray("locations");
            read(() -> queries.locationsOf(id)).forEach(locations::add);
            ArrayNode services = org.putArray("services");
            SearchCriteria ofOrg = new SearchCriteria(scope, null, null, null, id, null, null, null, null, null, null,
                    false, null);
            read(() -> queries.services(ofOrg, 0, MAX_PER_PAGE, true)).items()
                    .forEach(f -> services.add(HsdsQueries.oneToOne(f.service())));
            withChanges(org, id);
            return org;
        });
    }

    public List<ObjectNode> locationsIn(List<String> scope) {
        return read(() -> queries.locationsIn(scope));
    }

    public List<ObjectNode> locationsOf(String organizationId) {
        return read(() -> queries.locationsOf(organizationId));
    }

    public HsdsQueries.Page<ObjectNode> taxonomies(boolean terms, String taxonomyId, int page, int perPage) {
        return read(() -> queries.taxonomyRecords(terms, taxonomyId, (page - 1) * perPage, perPage));
    }

    /** The newest published organisations of the areas, and how many there are. */
    public HsdsQueries.Page<ObjectNode> newestOrganizations(List<String> scope, int limit) {
        return read(() -> queries.newestOrganizations(scope, limit));
    }

    public Optional<ObjectNode> taxonomyRecord(boolean term, String id) {
        return read(() -> queries.taxonomyRecord(term, id));
    }

    public HsdsQueries.Page<ObjectNode> servicesAtLocations(List<String> scope, SearchCriteria.Near near, String text,
                                                            int page, int perPage) {
        return read(() -> queries.servicesAtLocations(scope, near, text, (page - 1) * perPage, perPage));
    }

    public Optional<ObjectNode> serviceAtLocation(String id, List<String> scope) {
        return read(() -> queries.serviceAtLocation(id, scope));
    }

    public List<ObjectNode> termsOf(String serviceId) {
        return read(() -> queries.termsOf(serviceId));
    }

    /** The coordinates of a postcode, or a refusal naming the field. */
    public SearchCriteria.Near near(String postcode, double metres, String field) {
        double[] place = coordinatesOf(postcode).orElseThrow(() -> Refusal.invalid(field,
                new Message(DirectoryPermissions.BUNDLE, "search.postcode.unknown", postcode)));
        return new SearchCriteria.Near(place[0], place[1], metres);
    }

    public Optional<double[]> coordinatesOf(String postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        return recentPostcodes.of(HsdsStore.normalise(postcode), known -> read(() -> store.coordinatesOf(known)));
    }

    private void withChanges(ObjectNode record, String id) {
        ArrayNode metadata = record.has("metadata") && record.get("metadata").isArray()
                ? (ArrayNode) record.get("metadata") : record.putArray("metadata");
        read(() -> store.changesOf(id)).forEach(metadata::add);
    }

    interface Read<T> {
        T get() throws SQLException;
    }

    static <T> T read(Read<T> read) {
        try {
            return read.get();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the directory", e);
        }
    }
}
