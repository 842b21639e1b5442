package org.socialprescribing.directory.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Open Referral UK: {@code GET /} tells a client which standard and profile this API speaks. */
@Path("/")
@Tag(name = "Open Referral UK")
public class RootResource {

    static final String ORUK_PROFILE = "https://openreferraluk.org/";

    public record ApiInfo(String version, String profile, @JsonProperty("openapi_url") String openapiUrl) {
    }

    @GET
    @PermitAll
    @Operation(summary = "API version and profile (Open Referral UK 3.0)")
    @APIResponse(responseCode = "200", description = "Version, profile and the OpenAPI document's address")
    public ApiInfo info(UriInfo uri) {
        return new ApiInfo("HSDS-UK-3.0", ORUK_PROFILE, uri.getBaseUriBuilder().path("q/openapi").build().toString());
    }
}
