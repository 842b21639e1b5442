package org.socialprescribing.directory.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The one postcodes.io call the directory makes (a self-hosted postcodes.io, or one compatible with it). */
@RegisterRestClient(configKey = "postcodes-io")
@Path("/postcodes")
public interface PostcodesIoApi {

    /** 200 with {@code result}, or 404 when the postcode does not exist. */
    @GET
    @Path("/{postcode}")
    Response lookup(@PathParam("postcode") String postcode);
}
