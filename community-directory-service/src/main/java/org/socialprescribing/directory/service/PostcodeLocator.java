package org.socialprescribing.directory.service;

import java.util.Optional;

/**
 * Finds where a postcode is. One implementation reads the postcode-centroid table (loaded from the ONS Postcode
 * Directory or Code-Point Open); another asks a postcodes.io-compatible API. Chosen by
 * {@code directory.postcodes.locator}.
 */
public interface PostcodeLocator {

    /** Its centroid and district, or empty when the postcode does not exist (or is not loaded). */
    Optional<LocatedPostcode> locate(Postcode postcode);

    /** A postcode's centroid (WGS84) and the ONS code of its local authority district, when known. */
    record LocatedPostcode(Postcode postcode, double latitude, double longitude, Optional<String> areaCode) {
    }
}
