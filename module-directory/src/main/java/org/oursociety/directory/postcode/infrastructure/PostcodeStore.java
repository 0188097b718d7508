package org.oursociety.directory.postcode.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@code directory.postcode}: many rows per statement (three arrays unnested), replacing what is there, so a
 * new release of the postcode file can be loaded over the old one.
 */
public class PostcodeStore {

    private final DataSource dataSource;

    public PostcodeStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void upsert(List<String> postcodes, List<Double> latitudes, List<Double> longitudes) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into directory.postcode (postcode, latitude, longitude)
                select * from unnest(?::text[], ?::float8[], ?::float8[])
                on conflict (postcode) do update set latitude = excluded.latitude, longitude = excluded.longitude""")) {
            s.setArray(1, c.createArrayOf("text", postcodes.toArray()));
            s.setArray(2, c.createArrayOf("float8", latitudes.toArray()));
            s.setArray(3, c.createArrayOf("float8", longitudes.toArray()));
            s.executeUpdate();
        }
    }

    public long count() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from directory.postcode"); var row = s.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
