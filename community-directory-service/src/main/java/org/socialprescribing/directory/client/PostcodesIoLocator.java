package org.socialprescribing.directory.client;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.socialprescribing.directory.service.Postcode;
import org.socialprescribing.directory.service.PostcodeLocator;
import org.socialprescribing.directory.service.TablePostcodeLocator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Asks a postcodes.io-compatible API; when it does not answer in time (timeouts in
 * {@code quarkus.rest-client.postcodes-io.*}) or fails, falls back to the centroid table so search keeps working.
 */
@ApplicationScoped
@Typed(PostcodesIoLocator.class) // injected as PostcodeLocator only through PostcodeLocatorProducer
public class PostcodesIoLocator implements PostcodeLocator {

    private static final Logger LOG = Logger.getLogger(PostcodesIoLocator.class);

    private final PostcodesIoApi api;
    private final TablePostcodeLocator fallback;

    public PostcodesIoLocator(@RestClient PostcodesIoApi api, TablePostcodeLocator fallback) {
        this.api = api;
        this.fallback = fallback;
    }

    @Override
    public Optional<LocatedPostcode> locate(Postcode postcode) {
        try (Response response = api.lookup(postcode.key())) {
            if (response.getStatus() == 404) {
                return Optional.empty();
            }
            if (response.getStatus() != 200) {
                // The postcode is not logged: it can identify where someone lives.
                LOG.warnf("postcodes.io answered %d; using the centroid table", response.getStatus());
                return fallback.locate(postcode);
            }
            JsonNode result = response.readEntity(JsonNode.class).path("result");
            if (!result.path("latitude").isNumber() || !result.path("longitude").isNumber()) {
                return Optional.empty(); // a real postcode without a centroid (e.g. a PO box)
            }
            String district = result.path("codes").path("admin_district").asText(null);
            return Optional.of(new LocatedPostcode(postcode, result.get("latitude").asDouble(),
                    result.get("longitude").asDouble(), Optional.ofNullable(district)));
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warnf("postcodes.io did not answer (%s); using the centroid table", e.getClass().getSimpleName());
            return fallback.locate(postcode);
        }
    }
}
