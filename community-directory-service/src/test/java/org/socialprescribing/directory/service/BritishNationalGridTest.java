package org.socialprescribing.directory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BritishNationalGridTest {

    @Test
    void buckinghamPalacePostcodeSw1a1aa() {
        // Code-Point Open: SW1A 1AA at 529090, 179645; postcodes.io (ONSPD) gives 51.501009, -0.141588.
        double[] wgs84 = BritishNationalGrid.toWgs84(529090, 179645);
        assertEquals(51.501009, wgs84[0], 0.0002);
        assertEquals(-0.141588, wgs84[1], 0.0003);
    }

    @Test
    void ordnanceSurveysWorkedExampleCaisterWaterTower() {
        // OS "A guide to coordinate systems in Great Britain", inverse projection example (OSGB36 52.657570,
        // 1.717922 before the datum shift); WGS84 is about 60 m west of it.
        double[] wgs84 = BritishNationalGrid.toWgs84(651409.903, 313177.270);
        assertEquals(52.6581, wgs84[0], 0.001);
        assertEquals(1.7163, wgs84[1], 0.001);
    }
}
