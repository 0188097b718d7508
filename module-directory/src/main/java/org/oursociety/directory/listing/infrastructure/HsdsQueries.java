package org.oursociety.directory.listing.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.PGStatement;
import org.oursociety.directory.listing.domain.SearchCriteria;

/**
 * Reads published records: active and approved, in the areas asked for. Searches are one SQL statement
 * each: words and a category by one GIN index of both ({@code search} and {@code term_ids}, V11), taxonomies and days
 * by their link tables, distance by a bounding box on the location's coordinates and the haversine formula
 * (no PostgreSQL extension needed).
 */
public class HsdsQueries {

    private static final double EARTH_METRES = 6_371_000;
    /** How many {@link #haversine} formulas {@link #NEAREST} holds: each takes the latitude, latitude, longitude. */
    private static final int NEAREST_FORMULAS = 4;

    /**
     * How far the nearest of a service's places is, from the coordinates on its row (V12). One or two places (nearly
     * every service) are measured by arithmetic alone: {@code unnest} builds a set for each candidate, and measuring
     * a thousand candidates that way was 2 of the 5 ms PostgreSQL spent on the heaviest searches.
     */
    private static final String NEAREST = "case cardinality(s.place_latitudes) when 1 then "
            + haversine("s.place_latitudes[1]", "s.place_longitudes[1]") + " when 2 then least("
            + haversine("s.place_latitudes[1]", "s.place_longitudes[1]") + ", "
            + haversine("s.place_latitudes[2]", "s.place_longitudes[2]") + ") else (select min("
            + haversine("l.latitude", "l.longitude")
            + ") from unnest(s.place_latitudes, s.place_longitudes) l (latitude, longitude)) end";

    /** A service's words and its categories' ids: what the one GIN index of both holds (V11). */
    private static final String WORDS_AND_TERMS = "(s.search || array_to_tsvector(s.term_ids))";

    private final DataSource dataSource;

    public HsdsQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A service found: its document, its organisation's, and how far it is when asked. */
    public record Found(ObjectNode service, ObjectNode organization, String areaSlug, Double metres,
                        java.time.Instant lastVerified) {
    }

    public record Page<T>(long total, List<T> items) {
    }

    /**
     * Services matching the criteria: nearest first when a place is given, else by name or id.
     *
     * <p>With a place, every match is needed to sort by distance, so one statement finds them and counts them
     * ({@code count(*) over ()}). How the distance is joined depends on what else narrows the search: with
     * words, a category or an organisation (a few hundred services at most, found by their indexes) each
     * candidate's own places are measured ({@link #NEAREST}, from the coordinates on its row, V12); with distance
     * alone the places in the bounding box are measured once and joined to the services. Measuring every place in
     * the box first when words had already narrowed the search to a few services was one thing that made it slow;
     * the other was PostgreSQL's generic plan for a statement prepared again and again, made without the
     * values, which walked every place in the box for each candidate: see {@link #planForTheseValues}. The
     * narrowed statement is the exception: its shape leaves a plan nothing to choose but which index finds the
     * candidates (each one's own places are measured, there is no box), its generic plan is
     * the plan it gets for any values, and planning it again was a fifth of what PostgreSQL spent on a search
     * (0.4 of 2 ms); so the driver may prepare it once per connection. PostgreSQL keeps that generic plan only
     * if the plans made for the values look no cheaper, which is why {@link #filters} hides the words.
     *
     * <p>Without a place, the page's ids are found first from the indexes alone (the published services of
     * an area by id, {@code V9}), and only the fifty documents of the page are then read: reading past the
     * first pages then costs index entries, not documents.
     */
    public Page<Found> services(SearchCriteria criteria, int offset, int limit, boolean byName) throws SQLException {
        return services(criteria, offset, limit, byName, Shape.DOCUMENTS, HsdsQueries::found);
    }

    /**
     * The same services as the HSDS API lists them: each one's one-to-one fields with its organisation's inside, as
     * JSON text. PostgreSQL keeps those fields as text beside each document ({@code listing}, V11), so a page is
     * put together from text and no document is read into objects.
     */
    public Page<String> listings(SearchCriteria criteria, int offset, int limit) throws SQLException {
        return services(criteria, offset, limit, false, Shape.LISTINGS, (rows, withDistance) -> listing(rows));
    }

    /** Which column of a service and of its organisation a search reads. */
    private enum Shape {
        DOCUMENTS("document"), LISTINGS("listing");

        final String column;

        Shape(String column) {
            this.column = column;
        }
    }

    private interface Row<T> {
        T read(ResultSet rows, boolean withDistance) throws SQLException;
    }

    private <T> Page<T> services(SearchCriteria criteria, int offset, int limit, boolean byName, Shape shape, Row<T> row)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = filters(criteria, params);
        try (Connection c = dataSource.getConnection()) {
            return criteria.near() == null ? listed(c, where, params, offset, limit, byName, shape, row)
                    : nearest(c, criteria, where, params, offset, limit, shape, row);
        }
    }

    private <T> Page<T> nearest(Connection c, SearchCriteria criteria, String where, List<Object> params, int offset,
                                int limit, Shape shape, Row<T> row) throws SQLException {
        SearchCriteria.Near near = criteria.near();
        boolean narrowed = (criteria.text() != null && !criteria.text().isBlank()) || criteria.termId() != null
                || criteria.taxonomyId() != null || criteria.organizationId() != null;
        List<Object> all = new ArrayList<>();
        String candidates;
        if (narrowed) {
            // "offset 0" keeps the sub-select whole, so each candidate is measured once, not again in the filter
            candidates = "select s.id, " + NEAREST + " metres from directory.service s" + where + " offset 0";
            for (int i = 0; i < NEAREST_FORMULAS; i++) {
                all.addAll(List.of(near.latitude(), near.latitude(), near.longitude()));
            }
        } else {
            double latDelta = Math.toDegrees(near.metres() / EARTH_METRES);
            double lonDelta = Math.toDegrees(
                    near.metres() / (EARTH_METRES * Math.cos(Math.toRadians(near.latitude()))));
            candidates = "select s.id, d.metres from directory.service s join (select sal.service_id, min("
                    + haversine("l.latitude", "l.longitude") + ") metres from directory.location l"
                    + " join directory.service_at_location sal on sal.location_id = l.id"
                    + " where l.latitude between ? and ? and l.longitude between ? and ?"
                    + " group by sal.service_id) d on d.service_id = s.id" + where;
            all.addAll(List.of(near.latitude(), near.latitude(), near.longitude(), near.latitude() - latDelta,
                    near.latitude() + latDelta, near.longitude() - lonDelta, near.longitude() + lonDelta));
        }
        all.addAll(params);
        all.add(near.metres());
        String within = " from (" + candidates + ") x where x.metres <= ?";
        List<T> found = new ArrayList<>();
        long total = -1;
        // The page's ids first (with the count of all matches), then the documents and organisations of that page
        // only: carried through the count and the sort, every candidate's document was copied twice.
        try (PreparedStatement select = c.prepareStatement("select s." + shape.column + ", o." + shape.column
                + ", s.area_slug, p.metres, s.last_verified_at, p.total from (select x.id, x.metres,"
                + " count(*) over () total" + within + " order by x.metres, x.id offset ? limit ?) p"
                + " join directory.service s on s.id = p.id"
                + " left join directory.organization o on o.id = s.organization_id order by p.metres, p.id")) {
            if (!narrowed) {
                planForTheseValues(select);
            }
            List<Object> bound = new ArrayList<>(all);
            bound.add(offset);
            bound.add(limit);
            bind(c, select, bound);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(row.read(rows, true));
                    total = rows.getLong(6);
                }
            }
        }
        if (total < 0) { // a page past the last: count them on their own
            total = offset == 0 ? 0 : count(c, within, all);
        }
        return new Page<>(total, found);
    }

    private <T> Page<T> listed(Connection c, String where, List<Object> params, int offset, int limit, boolean byName,
                               Shape shape, Row<T> row) throws SQLException {
        String order = byName ? " order by s.name, s.id" : " order by s.id";
        long total = count(c, " from directory.service s" + where, params);
        List<T> found = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("select s." + shape.column + ", o." + shape.column
                + ", s.area_slug, null, s.last_verified_at from (select s.id" + (byName ? ", s.name" : "")
                + " from directory.service s" + where + order + " offset ? limit ?) page"
                + " join directory.service s on s.id = page.id"
                + " left join directory.organization o on o.id = s.organization_id" + order)) {
            planForTheseValues(select);
            List<Object> bound = new ArrayList<>(params);
            bound.add(offset);
            bound.add(limit);
            bind(c, select, bound);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(row.read(rows, false));
                }
            }
        }
        return new Page<>(total, found);
    }

    /**
     * The criteria but distance as a {@code where} clause on {@code s}. A service of an organisation that is
     * not published is left out by an anti-join against the few such organisations (an index of its own,
     * {@code V9}), not by reading every service's organisation.
     */
    private static String filters(SearchCriteria criteria, List<Object> params) {
        // one area (most calls) as "=", so that its published services come from the index already in id order
        boolean oneArea = criteria.areas().size() == 1;
        StringBuilder where = new StringBuilder(" where s.status = 'active' and s.approved and s.area_slug "
                + (oneArea ? "= ?" : "= any(?)") + " and not exists (select 1 from directory.organization hidden"
                + " where hidden.id = s.organization_id and not (hidden.status = 'active' and hidden.approved))");
        params.add(oneArea ? criteria.areas().get(0) : criteria.areas());
        List<String> match = new ArrayList<>();
        if (criteria.text() != null && !criteria.text().isBlank()) {
            match.add("websearch_to_tsquery('english', ?)");
            params.add(criteria.text());
        }
        if (criteria.termId() != null && !HsdsStore.isId(criteria.termId())) {
            // no term has such an id, and one of over 2 kB would not even make a lexeme (an error, not "none")
            where.append(" and false");
        } else if (criteria.termId() != null) {
            match.add("cast(? as tsquery)");
            params.add("'" + criteria.termId() + "'"); // a lexeme of its own: a UUID needs no escaping
        }
        if (!match.isEmpty()) {
            // the query as a sub-select, which the planner cannot see into: every plan then finds the candidates by
            // the index of words and categories and estimates them alike, so PostgreSQL keeps one generic plan for
            // a prepared search. Shown the words, it estimated one match where there were sixty, judged the
            // generic plan dearer and planned every search again (1.5 ms, more than running it).
            where.append(" and ").append(WORDS_AND_TERMS).append(" @@ (select ").append(String.join(" && ", match))
                    .append(')');
        }
        if (criteria.taxonomyId() != null) {
            where.append(" and exists (select 1 from directory.service_term st join directory.taxonomy_term t"
                    + " on t.id = st.term_id where st.service_id = s.id and t.taxonomy_id = ?)");
            params.add(criteria.taxonomyId());
        }
        if (criteria.organizationId() != null) {
            where.append(" and s.organization_id = ?");
            params.add(criteria.organizationId());
        }
        if (criteria.modifiedAfter() != null) {
            where.append(" and s.updated_at > ?");
            params.add(HsdsStore.utc(criteria.modifiedAfter()));
        }
        if (criteria.minimumAge() != null) {
            where.append(" and (s.maximum_age is null or s.maximum_age >= ?)");
            params.add(criteria.minimumAge());
        }
        if (criteria.maximumAge() != null) {
            where.append(" and (s.minimum_age is null or s.minimum_age <= ?)");
            params.add(criteria.maximumAge());
        }
        if (criteria.freeOnly()) {
            where.append(" and s.free");
        }
        if (criteria.day() != null || criteria.startTime() != null || criteria.endTime() != null) {
            where.append(" and exists (select 1 from directory.opening op where op.service_id = s.id");
            if (criteria.day() != null) {
                where.append(" and op.day = ?");
                params.add(criteria.day().getValue());
            }
            if (criteria.startTime() != null) {
                where.append(" and (op.opens_at is null or op.opens_at <= ?) and (op.closes_at is null or op.closes_at > ?)");
                params.add(Time.valueOf(criteria.startTime()));
                params.add(Time.valueOf(criteria.startTime()));
            }
            if (criteria.endTime() != null) {
                where.append(" and (op.closes_at is null or op.closes_at >= ?)");
                params.add(Time.valueOf(criteria.endTime()));
            }
            where.append(")");
        }
        return where.toString();
    }

    private static Found found(ResultSet rows, boolean withDistance) throws SQLException {
        double metres = rows.getDouble(4);
        Double distance = withDistance && !rows.wasNull() ? metres : null;
        // getTimestamp, not getObject(5, OffsetDateTime.class): Payara's JDBC wrapper finds that method by
        // reflection on every call (a twentieth of a search's time in the portal)
        return new Found((ObjectNode) HsdsStore.parse(rows.getString(1)), (ObjectNode) HsdsStore.parse(rows.getString(2)),
                rows.getString(3), distance, rows.getTimestamp(5).toInstant());
    }

    /** A service's one-to-one fields with its organisation's as {@code organization}, from their JSON texts. */
    private static String listing(ResultSet rows) throws SQLException {
        String service = rows.getString(1);
        String organization = rows.getString(2);
        if (organization == null) {
            return service;
        }
        String fields = service.substring(0, service.lastIndexOf('}')).stripTrailing();
        return fields + (fields.equals("{") ? "" : ", ") + "\"organization\": " + organization + "}";
    }

    /** The metres between a place and the one asked about: its parameters are the latitude, latitude, longitude. */
    private static String haversine(String latitude, String longitude) {
        return "(2 * 6371000 * asin(sqrt(power(sin(radians(" + latitude + " - ?) / 2), 2)"
                + " + cos(radians(?)) * cos(radians(" + latitude + "))"
                + " * power(sin(radians(" + longitude + " - ?) / 2), 2))))";
    }

    private static long count(Connection c, String fromWhere, List<Object> params) throws SQLException {
        try (PreparedStatement count = c.prepareStatement("select count(*)" + fromWhere)) {
            planForTheseValues(count);
            bind(c, count, params);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** A published service by id, in one of the areas. */
    public Optional<Found> service(String id, List<String> areas) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                select s.document, o.document, s.area_slug, s.last_verified_at from directory.service s
                left join directory.organization o on o.id = s.organization_id
                where s.id = ? and s.status = 'active' and s.approved and s.area_slug = any(?)
                  and (o.id is null or (o.status = 'active' and o.approved))""")) {
            s.setString(1, id);
            s.setArray(2, c.createArrayOf("text", areas.toArray()));
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(new Found((ObjectNode) HsdsStore.parse(row.getString(1)),
                        (ObjectNode) HsdsStore.parse(row.getString(2)), row.getString(3), null,
                        row.getTimestamp(4).toInstant())) : Optional.empty();
            }
        }
    }

    /** Where each service is, for the map: the first of its places that has coordinates, by service id. */
    public java.util.Map<String, double[]> placesOnMap(List<String> serviceIds) throws SQLException {
        java.util.Map<String, double[]> places = new java.util.HashMap<>();
        if (serviceIds.isEmpty()) {
            return places;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                select distinct on (sal.service_id) sal.service_id, l.latitude, l.longitude
                from directory.service_at_location sal join directory.location l on l.id = sal.location_id
                where sal.service_id = any(?) and l.latitude is not null and l.longitude is not null
                order by sal.service_id, sal.id""")) {
            s.setArray(1, c.createArrayOf("text", serviceIds.toArray()));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    places.put(rows.getString(1), new double[]{rows.getDouble(2), rows.getDouble(3)});
                }
            }
        }
        return places;
    }

    /** A service's places: its service-at-location documents, each with its location inside. */
    public List<ObjectNode> placesOf(String serviceId) throws SQLException {
        List<ObjectNode> places = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                select sal.document, l.document, l.latitude, l.longitude from directory.service_at_location sal
                left join directory.location l on l.id = sal.location_id
                where sal.service_id = ? order by sal.id""")) {
            s.setString(1, serviceId);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    ObjectNode place = (ObjectNode) HsdsStore.parse(rows.getString(1));
                    JsonNode location = HsdsStore.parse(rows.getString(2));
                    if (location instanceof ObjectNode l) {
                        double latitude = rows.getDouble(3);
                        if (!rows.wasNull() && !l.hasNonNull("latitude")) {
                            l.put("latitude", latitude);
                            l.put("longitude", rows.getDouble(4));
                        }
                        place.set("location", l);
                    }
                    places.add(place);
                }
            }
        }
        return places;
    }

    /** Published organisations of the areas, by id (or by name), with paging. */
    public Page<ObjectNode> organizations(List<String> areas, String text, int offset, int limit, boolean byName)
            throws SQLException {
        String where = " from directory.organization o where o.status = 'active' and o.approved and"
                + " (o.area_slug = any(?) or exists (select 1 from directory.organization_area oa"
                + " where oa.organization_id = o.id and oa.area_slug = any(?)))"
                + (text == null || text.isBlank() ? "" : " and (o.name ilike ? or o.document->>'description' ilike ?)");
        List<Object> params = new ArrayList<>(List.of(areas, areas));
        if (text != null && !text.isBlank()) {
            String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
        }
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = c.prepareStatement("select count(*)" + where)) {
                bind(c, count, params);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    total = row.getLong(1);
                }
            }
            List<ObjectNode> items = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("select o.document" + where
                    + (byName ? " order by o.name, o.id" : " order by o.id") + " offset ? limit ?")) {
                List<Object> all = new ArrayList<>(params);
                all.add(offset);
                all.add(limit);
                bind(c, select, all);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.add((ObjectNode) HsdsStore.parse(rows.getString(1)));
                    }
                }
            }
            return new Page<>(total, items);
        }
    }

    /** The newest published organisations of the areas, and how many are published there. */
    public Page<ObjectNode> newestOrganizations(List<String> areas, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                select o.document, count(*) over () from directory.organization o
                where o.status = 'active' and o.approved and o.area_slug = any(?)
                order by o.created_at desc, o.id limit ?""")) {
            s.setArray(1, c.createArrayOf("text", areas.toArray()));
            s.setInt(2, limit);
            List<ObjectNode> items = new ArrayList<>();
            long total = 0;
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    items.add((ObjectNode) HsdsStore.parse(rows.getString(1)));
                    total = rows.getLong(2);
                }
            }
            return new Page<>(total, items);
        }
    }

    /** A published organisation by id, with its area. */
    public Optional<ObjectNode> organization(String id, List<String> areas) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select o.document from directory.organization o where o.id = ? and o.status = 'active' and o.approved"
                        + " and o.area_slug = any(?)")) {
            s.setString(1, id);
            s.setArray(2, c.createArrayOf("text", areas.toArray()));
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of((ObjectNode) HsdsStore.parse(row.getString(1))) : Optional.empty();
            }
        }
    }

    /** Every location of the areas, for the bulk export. */
    public List<ObjectNode> locationsIn(List<String> areas) throws SQLException {
        List<ObjectNode> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select document from directory.location where area_slug = any(?) order by id")) {
            s.setArray(1, c.createArrayOf("text", areas.toArray()));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add((ObjectNode) HsdsStore.parse(rows.getString(1)));
                }
            }
        }
        return found;
    }

    /** The locations of an organisation. */
    public List<ObjectNode> locationsOf(String organizationId) throws SQLException {
        return documents("select document from directory.location where organization_id = ? order by name, id",
                organizationId);
    }

    /** Taxonomies, or taxonomy terms (of one taxonomy when given), by id, with paging. */
    public Page<ObjectNode> taxonomyRecords(boolean terms, String taxonomyId, int offset, int limit) throws SQLException {
        String table = terms ? "directory.taxonomy_term" : "directory.taxonomy";
        String where = terms && taxonomyId != null ? " where taxonomy_id = ?" : "";
        List<Object> params = terms && taxonomyId != null ? List.of(taxonomyId) : List.of();
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = c.prepareStatement("select count(*) from " + table + where)) {
                bind(c, count, params);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    total = row.getLong(1);
                }
            }
            List<ObjectNode> items = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("select document from " + table + where
                    + " order by " + (terms ? "name, id" : "id") + " offset ? limit ?")) {
                List<Object> all = new ArrayList<>(params);
                all.add(offset);
                all.add(limit);
                bind(c, select, all);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.add((ObjectNode) HsdsStore.parse(rows.getString(1)));
                    }
                }
            }
            return new Page<>(total, items);
        }
    }

    public Optional<ObjectNode> taxonomyRecord(boolean term, String id) throws SQLException {
        List<ObjectNode> found = documents("select document from " + (term ? "directory.taxonomy_term" : "directory.taxonomy")
                + " where id = ?", id);
        return found.stream().findFirst();
    }

    /** The terms a service is linked to, by name. */
    public List<ObjectNode> termsOf(String serviceId) throws SQLException {
        return documents("select t.document from directory.service_term st join directory.taxonomy_term t"
                + " on t.id = st.term_id where st.service_id = ? order by t.name", serviceId);
    }

    /** A published service-at-location by id, with its location and service (one-to-one fields). */
    public Optional<ObjectNode> serviceAtLocation(String id, List<String> areas) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                select sal.document, l.document, s.document from directory.service_at_location sal
                join directory.service s on s.id = sal.service_id
                left join directory.location l on l.id = sal.location_id
                where sal.id = ? and s.status = 'active' and s.approved and s.area_slug = any(?)""")) {
            s.setString(1, id);
            s.setArray(2, c.createArrayOf("text", areas.toArray()));
            try (ResultSet row = s.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                ObjectNode sal = (ObjectNode) HsdsStore.parse(row.getString(1));
                JsonNode location = HsdsStore.parse(row.getString(2));
                if (location != null) {
                    sal.set("location", location);
                }
                sal.set("service", HsdsStore.parse(row.getString(3)));
                return Optional.of(sal);
            }
        }
    }

    /**
     * Published service-at-locations of the areas, nearest first when a place is given.
     * Each item has its location and its service's one-to-one fields.
     */
    public Page<ObjectNode> servicesAtLocations(List<String> areas, SearchCriteria.Near near, String serviceText,
                                                int offset, int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        String distance = near == null ? "null" : haversine("l.latitude", "l.longitude");
        if (near != null) {
            params.add(near.latitude());
            params.add(near.latitude());
            params.add(near.longitude());
        }
        StringBuilder from = new StringBuilder(" from directory.service_at_location sal"
                + " join directory.service s on s.id = sal.service_id"
                + " left join directory.location l on l.id = sal.location_id"
                + " where s.status = 'active' and s.approved and s.area_slug = any(?)");
        List<Object> whereParams = new ArrayList<>();
        whereParams.add(areas);
        if (serviceText != null && !serviceText.isBlank()) {
            from.append(" and ").append(WORDS_AND_TERMS).append(" @@ websearch_to_tsquery('english', ?)");
            whereParams.add(serviceText);
        }
        if (near != null) {
            double latDelta = Math.toDegrees(near.metres() / EARTH_METRES);
            double lonDelta = Math.toDegrees(near.metres() / (EARTH_METRES * Math.cos(Math.toRadians(near.latitude()))));
            from.append(" and l.latitude between ? and ? and l.longitude between ? and ? and ")
                    .append(haversine("l.latitude", "l.longitude")).append(" <= ?");
            whereParams.addAll(List.of(near.latitude() - latDelta, near.latitude() + latDelta,
                    near.longitude() - lonDelta, near.longitude() + lonDelta,
                    near.latitude(), near.latitude(), near.longitude(), near.metres()));
        }
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = c.prepareStatement("select count(*)" + from)) {
                planForTheseValues(count);
                bind(c, count, whereParams);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    total = row.getLong(1);
                }
            }
            List<ObjectNode> items = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("select sal.document, l.document, s.document, "
                    + distance + " as metres" + from + (near == null ? " order by sal.id" : " order by metres, sal.id")
                    + " offset ? limit ?")) {
                planForTheseValues(select);
                List<Object> all = new ArrayList<>(params);
                all.addAll(whereParams);
                all.add(offset);
                all.add(limit);
                bind(c, select, all);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ObjectNode sal = (ObjectNode) HsdsStore.parse(rows.getString(1));
                        JsonNode location = HsdsStore.parse(rows.getString(2));
                        if (location != null) {
                            sal.set("location", location);
                        }
                        ObjectNode service = (ObjectNode) HsdsStore.parse(rows.getString(3));
                        sal.set("service", oneToOne(service));
                        items.add(sal);
                    }
                }
            }
            return new Page<>(total, items);
        }
    }

    /** The record's own fields, without its nested arrays and objects (HSDS's "one-to-one fields"). */
    public static ObjectNode oneToOne(ObjectNode record) {
        // a new node sharing the record's values: they are scalars, which Jackson never changes in place, so
        // nothing needs copying (a deep copy copied the nested parts only to throw them away, on every item)
        ObjectNode plain = record.objectNode();
        record.fields().forEachRemaining(e -> {
            if (!e.getValue().isContainerNode()) {
                plain.set(e.getKey(), e.getValue());
            }
        });
        return plain;
    }

    private List<ObjectNode> documents(String sql, String param) throws SQLException {
        List<ObjectNode> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, param);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add((ObjectNode) HsdsStore.parse(rows.getString(1)));
                }
            }
        }
        return found;
    }

    /**
     * Plans the statement for the values it is run with, every time. The PostgreSQL driver prepares a statement
     * run five times on a connection once for all, and PostgreSQL may then keep a generic plan made without
     * the values: for a search, one that cannot tell a category of ten services from one of ten thousand, or a
     * box of one street from the whole country. Measured with 10,000 services: 2.3 s for a search that takes
     * 40 ms planned for its values. Planning costs a millisecond or two.
     */
    private static void planForTheseValues(PreparedStatement s) throws SQLException {
        if (s.isWrapperFor(PGStatement.class)) {
            s.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
    }

    private static void bind(Connection c, PreparedStatement s, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            if (p instanceof List<?> list) {
                Array array = c.createArrayOf("text", list.toArray());
                s.setArray(i++, array);
            } else {
                s.setObject(i++, p);
            }
        }
    }
}
