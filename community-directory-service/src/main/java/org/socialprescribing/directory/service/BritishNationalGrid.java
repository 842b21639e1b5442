package org.socialprescribing.directory.service;

/**
 * Converts Ordnance Survey National Grid eastings and northings (OSGB36, as Code-Point Open gives them) to WGS84
 * latitude and longitude: the inverse transverse Mercator projection on the Airy 1830 ellipsoid, then a seven-parameter
 * Helmert transformation to WGS84 (the Ordnance Survey's published constants; within about 5 metres, ample for a
 * postcode centroid).
 */
public final class BritishNationalGrid {

    private static final double AIRY_A = 6_377_563.396;
    private static final double AIRY_B = 6_356_256.909;
    private static final double F0 = 0.9996012717;
    private static final double LAT0 = Math.toRadians(49);
    private static final double LON0 = Math.toRadians(-2);
    private static final double N0 = -100_000;
    private static final double E0 = 400_000;
    private static final double WGS84_A = 6_378_137.0;
    private static final double WGS84_B = 6_356_752.3142;

    private BritishNationalGrid() {
    }

    /** {latitude, longitude} in WGS84 degrees. */
    public static double[] toWgs84(double easting, double northing) {
        double[] osgb36 = toOsgb36LatLon(easting, northing);
        return helmertToWgs84(osgb36[0], osgb36[1]);
    }

    private static double[] toOsgb36LatLon(double e, double nGrid) {
        double a = AIRY_A;
        double b = AIRY_B;
        double e2 = 1 - (b * b) / (a * a);
        double n = (a - b) / (a + b);
        double lat = LAT0;
        double m = 0;
        do {
            lat = (nGrid - N0 - m) / (a * F0) + lat;
            double ma = (1 + n + (5.0 / 4) * n * n + (5.0 / 4) * n * n * n) * (lat - LAT0);
            double mb = (3 * n + 3 * n * n + (21.0 / 8) * n * n * n) * Math.sin(lat - LAT0) * Math.cos(lat + LAT0);
            double mc = ((15.0 / 8) * n * n + (15.0 / 8) * n * n * n) * Math.sin(2 * (lat - LAT0))
                    * Math.cos(2 * (lat + LAT0));
            double md = (35.0 / 24) * n * n * n * Math.sin(3 * (lat - LAT0)) * Math.cos(3 * (lat + LAT0));
            m = b * F0 * (ma - mb + mc - md);
        } while (Math.abs(nGrid - N0 - m) >= 0.00001);
        double sin = Math.sin(lat);
        double nu = a * F0 / Math.sqrt(1 - e2 * sin * sin);
        double rho = a * F0 * (1 - e2) / Math.pow(1 - e2 * sin * sin, 1.5);
        double eta2 = nu / rho - 1;
        double tan = Math.tan(lat);
        double sec = 1 / Math.cos(lat);
        double vii = tan / (2 * rho * nu);
        double viii = tan / (24 * rho * nu * nu * nu) * (5 + 3 * tan * tan + eta2 - 9 * tan * tan * eta2);
        double ix = tan / (720 * rho * Math.pow(nu, 5)) * (61 + 90 * tan * tan + 45 * Math.pow(tan, 4));
        double x = sec / nu;
        double xi = sec / (6 * nu * nu * nu) * (nu / rho + 2 * tan * tan);
        double xii = sec / (120 * Math.pow(nu, 5)) * (5 + 28 * tan * tan + 24 * Math.pow(tan, 4));
        double xiia = sec / (5040 * Math.pow(nu, 7))
                * (61 + 662 * tan * tan + 1320 * Math.pow(tan, 4) + 720 * Math.pow(tan, 6));
        double de = e - E0;
        double latitude = lat - vii * de * de + viii * Math.pow(de, 4) - ix * Math.pow(de, 6);
        double longitude = LON0 + x * de - xi * Math.pow(de, 3) + xii * Math.pow(de, 5) - xiia * Math.pow(de, 7);
        return new double[]{latitude, longitude};
    }

    private static double[] helmertToWgs84(double lat, double lon) {
        // OSGB36 geodetic -> cartesian (Airy 1830)
        double e2 = 1 - (AIRY_B * AIRY_B) / (AIRY_A * AIRY_A);
        double nu = AIRY_A / Math.sqrt(1 - e2 * Math.sin(lat) * Math.sin(lat));
        double x1 = nu * Math.cos(lat) * Math.cos(lon);
        double y1 = nu * Math.cos(lat) * Math.sin(lon);
        double z1 = (1 - e2) * nu * Math.sin(lat);
        // OSGB36 -> WGS84 Helmert parameters (tx, ty, tz metres; s ppm; rx, ry, rz arc-seconds)
        double s = 20.4894e-6;
        double rx = Math.toRadians(0.1502 / 3600);
        double ry = Math.toRadians(0.2470 / 3600);
        double rz = Math.toRadians(0.8421 / 3600);
        double x2 = 446.448 + (1 + s) * x1 - rz * y1 + ry * z1;
        double y2 = -125.157 + rz * x1 + (1 + s) * y1 - rx * z1;
        double z2 = 542.060 - ry * x1 + rx * y1 + (1 + s) * z1;
        // cartesian -> WGS84 geodetic
        double e2w = 1 - (WGS84_B * WGS84_B) / (WGS84_A * WGS84_A);
        double p = Math.sqrt(x2 * x2 + y2 * y2);
        double latitude = Math.atan2(z2, p * (1 - e2w));
        for (int i = 0; i < 10; i++) {
            double nuW = WGS84_A / Math.sqrt(1 - e2w * Math.sin(latitude) * Math.sin(latitude));
            latitude = Math.atan2(z2 + e2w * nuW * Math.sin(latitude), p);
        }
        return new double[]{Math.toDegrees(latitude), Math.toDegrees(Math.atan2(y2, x2))};
    }
}
