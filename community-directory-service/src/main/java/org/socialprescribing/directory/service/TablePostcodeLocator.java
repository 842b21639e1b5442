package org.socialprescribing.directory.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.transaction.Transactional;

import org.socialprescribing.directory.repository.PostcodeCentroidRepository;

/** Looks postcodes up in the centroid table that the import loads (the default locator). */
@ApplicationScoped
@Typed(TablePostcodeLocator.class) // injected as PostcodeLocator only through PostcodeLocatorProducer
public class TablePostcodeLocator implements PostcodeLocator {

    private final PostcodeCentroidRepository centroids;

    public TablePostcodeLocator(PostcodeCentroidRepository centroids) {
        this.centroids = centroids;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LocatedPostcode> locate(Postcode postcode) {
        return centroids.findByIdOptional(postcode.key()).map(c -> new LocatedPostcode(postcode, c.latitude,
                c.longitude, Optional.ofNullable(c.areaCode)));
    }
}
