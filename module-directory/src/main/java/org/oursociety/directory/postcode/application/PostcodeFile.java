package org.oursociety.directory.postcode.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.oursociety.directory.postcode.domain.GridReference;

/**
 * Reads a postcode file in batches: the ONS Postcode Directory (a header with {@code pcds} or {@code pcd},
 * {@code lat}, {@code long}), any CSV with {@code postcode,latitude,longitude} headers, or OS Code-Point Open
 * (no header: postcode, quality, easting, northing, ...). Lines without a place (ONS gives 99.999999 for
 * unknown) and comment lines (#) are skipped and counted.
 */
public final class PostcodeFile {

    /** One batch of rows. */
    public interface Batch {
        void accept(List<String> postcodes, List<Double> latitudes, List<Double> longitudes) throws Exception;
    }

    /** What a read found. */
    public record Counts(long read, long skipped) {
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z0-9]{5,8}");

    private PostcodeFile() {
    }

    public static Counts read(BufferedReader in, int batchSize, Batch batch, LongConsumer progress) throws Exception {
        String first = nextLine(in);
        if (first == null) {
            return new Counts(0, 0);
        }
        List<String> header = split(first.toLowerCase(Locale.ROOT));
        int postcode = index(header, "pcds", "pcd", "postcode", "pcd2");
        int latitude = index(header, "lat", "latitude");
        int longitude = index(header, "long", "lng", "lon", "longitude");
        int easting = index(header, "oseast1m", "easting", "eastings");
        int northing = index(header, "osnrth1m", "northing", "northings");
        boolean hasHeader = postcode >= 0;
        boolean grid = hasHeader ? latitude < 0 && easting >= 0 : true;
        if (!hasHeader) {
            postcode = 0;
            easting = 2;
            northing = 3;
        }
        List<String> codes = new ArrayList<>();
        List<Double> lats = new ArrayList<>();
        List<Double> lons = new ArrayList<>();
        long read = 0;
        long skipped = 0;
        String line = hasHeader ? nextLine(in) : first;
        while (line != null) {
            List<String> fields = split(line);
            double[] place = null;
            try {
                if (grid) {
                    double e = Double.parseDouble(fields.get(easting));
                    double n = Double.parseDouble(fields.get(northing));
                    place = e > 0 || n > 0 ? GridReference.toLatLon(e, n) : null;
                } else {
                    double lat = Double.parseDouble(fields.get(latitude));
                    double lon = Double.parseDouble(fields.get(longitude));
                    place = Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && lat != 99.999999 ? new double[]{lat, lon} : null;
                }
            } catch (RuntimeException unreadable) {
                place = null;
            }
            String code = fields.size() > postcode ? fields.get(postcode).replaceAll("\\s+", "").toUpperCase(Locale.ROOT) : "";
            if (place == null || !CODE.matcher(code).matches()) {
                skipped++;
            } else {
                codes.add(code);
                lats.add(place[0]);
                lons.add(place[1]);
                read++;
                if (codes.size() >= batchSize) {
                    batch.accept(codes, lats, lons);
                    progress.accept(read);
                    codes = new ArrayList<>();
                    lats = new ArrayList<>();
                    lons = new ArrayList<>();
                }
            }
            line = nextLine(in);
        }
        if (!codes.isEmpty()) {
            batch.accept(codes, lats, lons);
            progress.accept(read);
        }
        return new Counts(read, skipped);
    }

    private static String nextLine(BufferedReader in) throws IOException {
        String line = in.readLine();
        while (line != null && (line.isBlank() || line.startsWith("#"))) {
            line = in.readLine();
        }
        return line;
    }

    private static int index(List<String> header, String... names) {
        for (String name : names) {
            int at = header.indexOf(name);
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    /** Comma-separated fields, double quotes removed (postcode files quote plain values only). */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        for (String field : line.split(",", -1)) {
            fields.add(field.trim().replace("\"", ""));
        }
        return fields;
    }
}
