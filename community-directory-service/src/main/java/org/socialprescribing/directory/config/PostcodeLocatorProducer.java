package org.socialprescribing.directory.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

import org.socialprescribing.directory.client.PostcodesIoLocator;
import org.socialprescribing.directory.service.PostcodeLocator;
import org.socialprescribing.directory.service.TablePostcodeLocator;

/** Picks the postcode locator that {@code directory.postcodes.locator} names. */
@ApplicationScoped
public class PostcodeLocatorProducer {

    @Produces
    @ApplicationScoped
    PostcodeLocator locator(PostcodeConfig config, Instance<TablePostcodeLocator> table,
            Instance<PostcodesIoLocator> postcodesIo) {
        return switch (config.locator()) {
            case TABLE -> table.get();
            case POSTCODES_IO -> postcodesIo.get();
        };
    }
}
