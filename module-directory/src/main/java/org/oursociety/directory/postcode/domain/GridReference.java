package org.oursociety.directory.postcode.domain;

/**
 * An Ordnance Survey National Grid easting and northing (as in Code-Point Open) turned into latitude and
 * longitude: the inverse Transverse Mercator projection on the Airy 1830 ellipsoid, then a Helmert shift
 * from OSGB36 to WGS84. Good to a few metres, far better than distance search needs.
 */
public final class GridReference {

    private static final double A = 6377563.396;
    private static final double B = 6356256.909;
    private static final double F0 = 0.9996012717;
    private static final double LAT0 = Math.toRadians(49);
    private static final double LON0 = Math.toRadians(-2);
    private static final double N0 = -100000;
    private static final double E0 = 400000;

    private GridReference() {
    }

    /** {latitude, longitude} in WGS84 degrees. */
    public static double[] toLatLon(double easting, double northing) {
        double e2 = 1 - (B * B) / (A * A);
        double n = (A - B) / (A + B);
        double lat = LAT0;
        double m = 0;
        do {
            lat = (northing - N0 - m) / (A * F0) + lat;
            m = meridional(lat, n);
        } while (Math.abs(northing - N0 - m) >= 0.00001);
        double sin = Math.sin(lat);
        double cos = Math.cos(lat);
        double nu = A * F0 / Math.sqrt(1 - e2 * sin * sin);
        double rho = A * F0 * (1 - e2) / Math.pow(1 - e2 * sin * sin, 1.5);
        double eta2 = nu / rho - 1;
        double tan = Math.tan(lat);
        double tan2 = tan * tan;
        double tan4 = tan2 * tan2;
        double tan6 = tan4 * tan2;
        double sec = 1 / cos;
        double nu3 = nu * nu * nu;
        double nu5 = nu3 * nu * nu;
        double nu7 = nu5 * nu * nu;
        double vii = tan / (2 * rho * nu);
        double viii = tan / (24 * rho * nu3) * (5 + 3 * tan2 + eta2 - 9 * tan2 * eta2);
        double ix = tan / (720 * rho * nu5) * (61 + 90 * tan2 + 45 * tan4);
        double x = sec / nu;
        double xi = sec / (6 * nu3) * (nu / rho + 2 * tan2);
        double xii = sec / (120 * nu5) * (5 + 28 * tan2 + 24 * tan4);
        double xiia = sec / (5040 * nu7) * (61 + 662 * tan2 + 1320 * tan4 + 720 * tan6);
        double de = easting - E0;
        double latitude = lat - vii * de * de + viii * Math.pow(de, 4) - ix * Math.pow(de, 6);
        double longitude = LON0 + x * de - xi * Math.pow(de, 3) + xii * Math.pow(de, 5) - xiia * Math.pow(de, 7);
        return helmert(latitude, longitude);
    }

    private static double meridional(double lat, double n) {
        double n2 = n * n;
        double n3 = n2 * n;
        double dLat = lat - LAT0;
        double sLat = lat + LAT0;
        return B * F0 * ((1 + n + 1.25 * n2 + 1.25 * n3) * dLat
                - (3 * n + 3 * n2 + 2.625 * n3) * Math.sin(dLat) * Math.cos(sLat)
                + (1.875 * n2 + 1.875 * n3) * Math.sin(2 * dLat) * Math.cos(2 * sLat)
                - (35.0 / 24) * n3 * Math.sin(3 * dLat) * Math.cos(3 * sLat));
    }

    /** OSGB36 (Airy 1830) to WGS84 (GRS80) by the Ordnance Survey's seven-parameter Helmert transform. */
    private static double[] helmert(double lat, double lon) {
        double a1 = A;
        double b1 = B;
        double e2 = 1 - (b1 * b1) / (a1 * a1);
        double nu = a1 / Math.sqrt(1 - e2 * Math.sin(lat) * Math.sin(lat));
        double x1 = nu * Math.cos(lat) * Math.cos(lon);
        double y1 = nu * Math.cos(lat) * Math.sin(lon);
        double z1 = (1 - e2) * nu * Math.sin(lat);
        double tx = 446.448;
        double ty = -125.157;
        double tz = 542.060;
        double s = 20.4894e-6;
        double rx = Math.toRadians(0.1502 / 3600);
        double ry = Math.toRadians(0.2470 / 3600);
        double rz = Math.toRadians(0.8421 / 3600);
        double x2 = tx + (1 + s) * x1 - rz * y1 + ry * z1;
        double y2 = ty + rz * x1 + (1 + s) * y1 - rx * z1;
        double z2 = tz - ry * x1 + rx * y1 + (1 + s) * z1;
        double a2 = 6378137.000;
        double b2 = 6356752.3141;
        double e22 = 1 - (b2 * b2) / (a2 * a2);
        double p = Math.sqrt(x2 * x2 + y2 * y2);
        double phi = Math.atan2(z2, p * (1 - e22));
        double previous = 2 * Math.PI;
        while (Math.abs(phi - previous) > 1e-12) {
            previous = phi;
            double nu2 = a2 / Math.sqrt(1 - e22 * Math.sin(phi) * Math.sin(phi));
            phi = Math.atan2(z2 + e22 * nu2 * Math.sin(phi), p);
        }
        return new double[]{Math.toDegrees(phi), Math.toDegrees(Math.atan2(y2, x2))};
    }
}
