package org.socialprescribing.directory.rest;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.directory.service.PostcodeImport;

/** Loads postcode centroids for the table locator (coordinators; the files are open data). */
@Path("/postcode_centroids")
@Tag(name = "Postcodes")
public class PostcodeCentroidResource {

    private final PostcodeImport imports;

    public PostcodeCentroidResource(PostcodeImport imports) {
        this.imports = imports;
    }

    @POST
    @RolesAllowed("coordinator")
    @Consumes({"text/csv", "text/plain"})
    @Operation(summary = "Import an ONS Postcode Directory or Code-Point Open CSV (adds and replaces centroids)")
    @APIResponse(responseCode = "200", description = "What was imported and what was skipped, and why")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "415", description = "Not CSV")
    @APIResponse(responseCode = "422", description = "Not a file of either format")
    public PostcodeImport.Report importCsv(InputStream body) {
        return imports.load(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8)));
    }
}
