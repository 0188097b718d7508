package org.oursociety.directory.listing.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.oursociety.directory.listing.domain.Opening;

/**
 * The HSDS tables of the {@code directory} schema, with plain JDBC on {@code jdbc/portal}: in the container
 * every call joins the caller's JTA transaction, outside it the tests run the same statements.
 *
 * <p>Every write is one upsert on the record's HSDS id ({@code insert ... on conflict (id) do update}), so
 * two imports of the same record at once end with one row, and a second import updates the first.
 */
public class HsdsStore {

    public static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern ID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** The tables holding top-level HSDS records, by HSDS type. */
    public enum Table {
        ORGANIZATION("organization"), SERVICE("service"), LOCATION("location"),
        SERVICE_AT_LOCATION("service_at_location"), TAXONOMY("taxonomy"), TAXONOMY_TERM("taxonomy_term");

        final String name;

        Table(String name) {
            this.name = name;
        }

        public String hsdsName() {
            return name;
        }
    }

    /** A record as it was before a write: its document, and its area where the table has one. */
    public record Existing(JsonNode document, String areaSlug) {
    }

    private final DataSource dataSource;

    public HsdsStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The record, locked until the transaction ends, so two writers of one record are serialised. */
    public Optional<Existing> lock(Table table, String id) throws SQLException {
        boolean hasArea = table == Table.ORGANIZATION || table == Table.SERVICE || table == Table.LOCATION;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select document" + (hasArea ? ", area_slug" : ", null") + " from directory." + table.name
                        + " where id = ? for update")) {
            s.setString(1, id);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(new Existing(parse(row.getString(1)), row.getString(2))) : Optional.empty();
            }
        }
    }

    /**
     * Inserts or replaces a record; {@code values} are column → value ({@link JsonNode} values go to jsonb).
     * Columns in {@code keepOnUpdate} are written only by the insert (e.g. {@code created_at}).
     *
     * @return whether the row was new
     */
    public boolean upsert(Table table, Map<String, Object> values, Collection<String> keepOnUpdate) throws SQLException {
        List<String> columns = new ArrayList<>(values.keySet());
        StringBuilder sql = new StringBuilder("insert into directory.").append(table.name).append(" (")
                .append(String.join(", ", columns)).append(") values (");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(values.get(columns.get(i)) instanceof JsonNode ? "cast(? as jsonb)" : "?");
        }
        sql.append(") on conflict (id) do update set ");
        boolean first = true;
        for (String column : columns) {
            if (column.equals("id") || keepOnUpdate.contains(column)) {
                continue;
            }
            sql.append(first ? "" : ", ").append(column).append(" = excluded.").append(column);
            first = false;
        }
        sql.append(" returning (xmax = 0)");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            int i = 1;
            for (String column : columns) {
                set(s, i++, values.get(column));
            }
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    /** The status column of an organisation or service. */
    public Optional<String> statusOf(Table table, String id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select status from directory." + table.name + " where id = ?")) {
            s.setString(1, id);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /** An editor's change of an organisation: its document, name and status, checked now. */
    public void changeOrganization(String id, JsonNode document, String status, Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update directory.organization set document = cast(? as jsonb), name = ?, status = ?, updated_at = ?,"
                        + " last_verified_at = ?, reminded_at = null where id = ?")) {
            s.setString(1, document.toString());
            s.setString(2, document.path("name").asText());
            s.setString(3, status);
            s.setObject(4, utc(now));
            s.setObject(5, utc(now));
            s.setString(6, id);
            s.executeUpdate();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select id from directory.service where organization_id = ?")) {
            s.setString(1, id);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    reindex(rows.getString(1));
                }
            }
        }
    }

    /** An editor's change of a service: its document and the columns derived from it, checked now. */
    public void changeService(String id, JsonNode document, boolean free, Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update directory.service set document = cast(? as jsonb), name = ?, status = ?, minimum_age = ?,"
                        + " maximum_age = ?, free = ?, updated_at = ?, last_verified_at = ? where id = ?")) {
            s.setString(1, document.toString());
            s.setString(2, document.path("name").asText());
            s.setString(3, document.path("status").asText());
            s.setObject(4, document.path("minimum_age").isNumber() ? document.get("minimum_age").asDouble() : null);
            s.setObject(5, document.path("maximum_age").isNumber() ? document.get("maximum_age").asDouble() : null);
            s.setBoolean(6, free);
            s.setObject(7, utc(now));
            s.setObject(8, utc(now));
            s.setString(9, id);
            s.executeUpdate();
        }
        reindex(id);
    }

    /** Recomputes a service's full-text index from its own words, its organisation's name and its categories. */
    public void reindex(String serviceId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                update directory.service s set search =
                    setweight(to_tsvector('english', s.name), 'A')
                    || setweight(to_tsvector('english', coalesce(s.document->>'description', '')), 'B')
                    || setweight(to_tsvector('english', coalesce((select o.name from directory.organization o
                           where o.id = s.organization_id), '') || ' ' || coalesce((select string_agg(t.name, ' ')
                           from directory.service_term st join directory.taxonomy_term t on t.id = st.term_id
                           where st.service_id = s.id), '')), 'C')
                where s.id = ?""")) {
            s.setString(1, serviceId);
            s.executeUpdate();
        }
    }

    /** Recomputes a service's full-text index from its name, description and the extra words given. */
    public void index(String serviceId, String extraWords) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                update directory.service set search =
                    setweight(to_tsvector('english', name), 'A')
                    || setweight(to_tsvector('english', coalesce(document->>'description', '')), 'B')
                    || setweight(to_tsvector('english', ?), 'C')
                where id = ?""")) {
            s.setString(1, extraWords);
            s.setString(2, serviceId);
            s.executeUpdate();
        }
    }

    public void replaceTerms(String serviceId, Collection<String> termIds) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement delete = c.prepareStatement("delete from directory.service_term where service_id = ?")) {
                delete.setString(1, serviceId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into directory.service_term (service_id, term_id) values (?, ?) on conflict do nothing")) {
                for (String term : termIds) {
                    insert.setString(1, serviceId);
                    insert.setString(2, term);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            // the copy beside the service's words that searches by category use (V9)
            try (PreparedStatement copy = c.prepareStatement("update directory.service set term_ids = ? where id = ?")) {
                copy.setArray(1, c.createArrayOf("text", new java.util.TreeSet<>(termIds).toArray()));
                copy.setString(2, serviceId);
                copy.executeUpdate();
            }
        }
    }

    public void replaceOpenings(String serviceId, Collection<Opening> openings) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement delete = c.prepareStatement("delete from directory.opening where service_id = ?")) {
                delete.setString(1, serviceId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into directory.opening (service_id, day, opens_at, closes_at) values (?, ?, ?, ?)")) {
                for (Opening o : openings) {
                    insert.setString(1, serviceId);
                    insert.setInt(2, o.day().getValue());
                    insert.setTime(3, o.opens() == null ? null : Time.valueOf(o.opens()));
                    insert.setTime(4, o.closes() == null ? null : Time.valueOf(o.closes()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    /** One HSDS metadata row: what changed in a record, when and by whom. */
    public void recordChange(String resourceId, String resourceType, Instant when, String action, String field,
                             String previous, String replacement, String by) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into directory.metadata (id, resource_id, resource_type, last_action_date, last_action_type,
                    field_name, previous_value, replacement_value, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            s.setString(1, UUID.randomUUID().toString());
            s.setString(2, resourceId);
            s.setString(3, resourceType);
            s.setObject(4, utc(when));
            s.setString(5, action);
            s.setString(6, field);
            s.setString(7, previous);
            s.setString(8, replacement);
            s.setString(9, by);
            s.executeUpdate();
        }
    }

    /** The change log of a record, oldest first, as HSDS metadata objects. */
    public List<ObjectNode> changesOf(String resourceId) throws SQLException {
        List<ObjectNode> changes = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                select id, resource_id, resource_type, last_action_date, last_action_type, field_name, previous_value,
                       replacement_value, updated_by
                from directory.metadata where resource_id = ? order by last_action_date, id limit 200""")) {
            s.setString(1, resourceId);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    ObjectNode m = JSON.createObjectNode();
                    m.put("id", rows.getString(1));
                    m.put("resource_id", rows.getString(2));
                    m.put("resource_type", rows.getString(3));
                    m.put("last_action_date", rows.getObject(4, OffsetDateTime.class).toLocalDate().toString());
                    m.put("last_action_type", rows.getString(5));
                    m.put("field_name", rows.getString(6));
                    m.put("previous_value", rows.getString(7));
                    m.put("replacement_value", rows.getString(8));
                    m.put("updated_by", rows.getString(9));
                    changes.add(m);
                }
            }
        }
        return changes;
    }

    /** The coordinates of a postcode (any spacing or case), if the postcode file knows it. */
    public Optional<double[]> coordinatesOf(String postcode) throws SQLException {
        if (postcode == null) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select latitude, longitude from directory.postcode where postcode = ?")) {
            s.setString(1, normalise(postcode));
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(new double[]{row.getDouble(1), row.getDouble(2)}) : Optional.empty();
            }
        }
    }

    /** "rv1 2ab" → "RV12AB": how the postcode table keys them. */
    public static String normalise(String postcode) {
        return postcode.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** Gives locations without coordinates those of their postcode; returns how many it placed. */
    public int placeLocationsByPostcode() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                update directory.location l set latitude = p.latitude, longitude = p.longitude
                from directory.postcode p
                where l.latitude is null and l.postcode is not null
                  and p.postcode = upper(regexp_replace(l.postcode, '\\s', '', 'g'))""")) {
            return s.executeUpdate();
        }
    }

    /** Whether {@code id} has the shape of a record's id: every record is stored under a UUID (the importer checks). */
    public static boolean isId(String id) {
        return ID.matcher(id).matches();
    }

    /** A document as PostgreSQL gave it. */
    public static JsonNode parse(String json) {
        try {
            return json == null ? null : JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(PreparedStatement s, int i, Object value) throws SQLException {
        if (value instanceof JsonNode node) {
            s.setString(i, node.toString());
        } else if (value instanceof Instant instant) {
            s.setObject(i, utc(instant));
        } else {
            s.setObject(i, value);
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A map that keeps the order columns are put in. */
    public static Map<String, Object> row() {
        return new LinkedHashMap<>();
    }
}
