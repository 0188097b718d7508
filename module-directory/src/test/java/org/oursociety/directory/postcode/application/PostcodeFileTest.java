package org.oursociety.directory.postcode.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oursociety.directory.postcode.domain.GridReference;

class PostcodeFileTest {

    @Test
    void onsRowsAreReadNormalisedAndRowsWithoutAPlaceAreSkipped() throws Exception {
        String csv = """
                "pcd","pcd2","pcds","lat","long"
                "DM1 3AB","DM1  3AB","DM1 3AB",52.4012,-1.5203
                "DM9 9ZZ","DM9  9ZZ","DM9 9ZZ",99.999999,0.000000
                "dm2 4ae","dm2  4ae","dm2 4ae",52.42,-1.49
                """;
        List<String> codes = new ArrayList<>();
        List<Double> lats = new ArrayList<>();

        PostcodeFile.Counts counts = PostcodeFile.read(new BufferedReader(new StringReader(csv)), 1,
                (c, la, lo) -> { codes.addAll(c); lats.addAll(la); }, read -> { });

        assertThat(codes).containsExactly("DM13AB", "DM24AE");
        assertThat(lats.get(0)).isEqualTo(52.4012);
        assertThat(counts.skipped()).isEqualTo(1);
    }

    @Test
    void codePointOpenEastingsAndNorthingsBecomeLatitudeAndLongitude() throws Exception {
        String csv = "\"TG514 2AB\",10,651409,313177,\"E92000001\"\n";
        List<Double> lats = new ArrayList<>();
        List<Double> lons = new ArrayList<>();

        PostcodeFile.read(new BufferedReader(new StringReader(csv)), 10, (c, la, lo) -> { lats.addAll(la); lons.addAll(lo); },
                read -> { });

        // the Ordnance Survey's worked example: 52°39'27"N 1°43'4"E (OSGB36), about 100 m off in WGS84
        assertThat(lats.get(0)).isCloseTo(52.6576, within(0.003));
        assertThat(lons.get(0)).isCloseTo(1.7179, within(0.003));
        assertThat(GridReference.toLatLon(400000, -100000)[0]).isCloseTo(49.0, within(0.01));
    }
}
