package org.socialprescribing.directory.repository;

import java.util.Optional;

/**
 * A point to search around: from a postcode (whose local authority district, when known, decides which services
 * cover it) or from a latitude and longitude; {@code radiusMetres} limits results to that distance.
 */
public record Near(double latitude, double longitude, Optional<Integer> radiusMetres, Optional<String> areaCode) {
}
